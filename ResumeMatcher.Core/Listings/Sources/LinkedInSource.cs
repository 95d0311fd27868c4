using System.Globalization;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// Job cards from LinkedIn's guest search fragments (<c>/jobs-guest/jobs/api/seeMoreJobPostings/search</c>), read with
/// AngleSharp. A fragment carries title, company, location, date and sometimes salary, but no description: the listing's
/// description is empty and its skills come from the title. Unofficial and off by default; robots.txt is checked.
/// </summary>
public sealed class LinkedInSource(IHttpClientFactory clients, RobotsTxtPolicy robots, IOptions<LinkedInSourceOptions> options) : IJobSource
{
    public const string SourceName = "linkedin";

    public const string HttpClientName = "listings-linkedin";

    private const string UrnPrefix = "urn:li:jobPosting:";

    private static readonly HtmlParser Parser = new();

    public string Name => SourceName;

    public bool SearchesByQuery => true;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return await HtmlResultPages.FetchAsync(
            clients.CreateClient(HttpClientName),
            robots,
            settings.Pages,
            page => new Uri(settings.BaseUri, string.Create(CultureInfo.InvariantCulture,
                $"jobs-guest/jobs/api/seeMoreJobPostings/search?keywords={Uri.EscapeDataString(string.Join(' ', query.Keywords))}&location={Uri.EscapeDataString(query.Location ?? settings.Location)}&start={page * 10}")),
            html => Parse(html, settings.BaseUri),
            cancellationToken);
    }

    /// <summary>The listings in one fragment; URLs are <c>{site}/jobs/view/ID</c> on <paramref name="site"/>.</summary>
    public static IReadOnlyList<JobListing> Parse(string html, Uri site)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        var cards = document.QuerySelectorAll("[data-entity-urn^='" + UrnPrefix + "']").ToList();
        if (cards.Count == 0 && !string.IsNullOrWhiteSpace(html))
        {
            throw new InvalidDataException("not a LinkedIn job-search fragment: no job cards (a sign-in or challenge page?)");
        }

        var listings = new List<JobListing>();
        foreach (var card in cards)
        {
            var id = card.GetAttribute("data-entity-urn")![UrnPrefix.Length..];
            var date = card.QuerySelector("time[datetime]")?.GetAttribute("datetime");
            var listing = BoardListing.Create(
                SourceName,
                id,
                card.QuerySelector(".base-search-card__title")?.TextContent,
                card.QuerySelector(".base-search-card__subtitle")?.TextContent,
                card.QuerySelector(".job-search-card__location")?.TextContent,
                remote: null,
                ListingDates.Parse(date),
                descriptionHtml: null,
                new Uri(site, "/jobs/view/" + Uri.EscapeDataString(id)).AbsoluteUri,
                card.QuerySelector(".job-search-card__salary-info")?.TextContent);
            if (listing is not null)
            {
                listings.Add(listing);
            }
        }

        return listings;
    }
}
