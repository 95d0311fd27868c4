namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Builds the one listing shape from a board's fields: text cleaned, URL made canonical, blanks dropped.</summary>
public static class BoardListing
{
    /// <summary>A listing, or null when the board left out its id, title or URL.</summary>
    public static JobListing? Create(
        string source,
        string? externalId,
        string? title,
        string? company,
        string? location,
        bool? remote,
        DateTimeOffset? postedAt,
        string? descriptionHtml,
        string? url,
        string? salary)
    {
        var cleanTitle = ListingText.Line(title);
        if (string.IsNullOrWhiteSpace(externalId) || cleanTitle.Length == 0 || CanonicalUrl(url) is not { } canonical)
        {
            return null;
        }

        var cleanLocation = ListingText.Line(location);
        return new JobListing
        {
            Id = $"{source}:{externalId.Trim()}",
            Source = source,
            ExternalId = externalId.Trim(),
            Title = cleanTitle,
            Company = ListingText.Line(company),
            Location = cleanLocation,
            Remote = remote ?? (cleanLocation.Contains("remote", StringComparison.OrdinalIgnoreCase) ? true : null),
            PostedAt = postedAt,
            Description = ListingText.Clean(descriptionHtml),
            Url = canonical,
            Salary = ListingText.Line(salary) is { Length: > 0 } s ? s : null,
        };
    }

    /// <summary>An absolute http(s) URL without its fragment and tracking query (utm_*, refId, trackingId...).</summary>
    public static string? CanonicalUrl(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var builder = new UriBuilder(uri) { Fragment = "", Host = uri.Host.ToLowerInvariant() };
        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]));
        builder.Query = string.Join('&', kept);
        return builder.Uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name is "refId" or "trackingId" or "position" or "pageNum" or "trk" or "gh_src" or "lever-source" or "ref" or "source";
}
