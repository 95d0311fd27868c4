using System.Text;
using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Listings;

/// <summary>The keys two listings share when they are the same opening posted on two boards.</summary>
public static partial class ListingDeduplication
{
    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    /// <summary>The URL without scheme, query, fragment, "www." and trailing slash, lower-cased.</summary>
    public static string CanonicalUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url.Trim().ToLowerInvariant();
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return $"{host}{uri.AbsolutePath.TrimEnd('/')}".ToLowerInvariant();
    }

    /// <summary>Title, company and location, with case, punctuation and spacing normalised.</summary>
    public static string TitleCompanyLocation(JobListing listing)
    {
        var builder = new StringBuilder();
        foreach (var part in new[] { listing.Title, listing.Company, listing.Location })
        {
            builder.Append(NonWord().Replace(part.ToLowerInvariant(), " ").Trim()).Append('|');
        }

        return builder.ToString();
    }
}
