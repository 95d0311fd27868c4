using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// Job cards from an Indeed-style search result page (<c>/jobs?q=...&amp;l=...</c>), read with AngleSharp. The page's
/// embedded card data (<c>window.mosaic.providerData["mosaic-provider-jobcards"]</c>) is preferred when present, since it
/// carries the snippet, salary, date and remote flag; the location is the card's, as shown ("Hybrid work in ..."); the HTML
/// cards stand alone without the embedded data. Unofficial and off by default; robots.txt is checked before each page.
/// </summary>
public sealed class IndeedSource(IHttpClientFactory clients, RobotsTxtPolicy robots, IOptions<IndeedSourceOptions> options) : IJobSource
{
    public const string SourceName = "indeed";

    public const string HttpClientName = "listings-indeed";

    private const string MosaicMarker = "window.mosaic.providerData[\"mosaic-provider-jobcards\"]";

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
            page => new Uri(settings.BaseUri, "jobs?" + QueryString(query, settings, page)),
            html => Parse(html, settings.BaseUri),
            cancellationToken);
    }

    private static string QueryString(ListingQuery query, IndeedSourceOptions settings, int page)
    {
        var text = new StringBuilder("q=").Append(Uri.EscapeDataString(string.Join(' ', query.Keywords)));
        var location = query.Location ?? settings.Location;
        text.Append("&l=").Append(Uri.EscapeDataString(location));
        if (page > 0)
        {
            text.Append("&start=").Append((page * 10).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The listings on one result page; URLs are <c>{site}/viewjob?jk=ID</c> on <paramref name="site"/>.</summary>
    public static IReadOnlyList<JobListing> Parse(string html, Uri site)
    {
        var document = Parser.ParseDocument(html);
        if (document.QuerySelector("a[data-jk], [data-jk]") is null && !html.Contains(MosaicMarker, StringComparison.Ordinal))
        {
            throw new InvalidDataException("not an Indeed result page: no job cards and no embedded card data");
        }

        var cards = ReadCards(document);
        var embedded = ReadEmbedded(document);
        var listings = new List<JobListing>();
        foreach (var key in embedded.Keys.Concat(cards.Keys).Distinct(StringComparer.Ordinal))
        {
            embedded.TryGetValue(key, out var e);
            cards.TryGetValue(key, out var c);
            var listing = BoardListing.Create(
                SourceName,
                key,
                Pick(e?.Title, c?.Title),
                Pick(e?.Company, c?.Company),
                Pick(c?.Location, e?.Location),
                e?.Remote,
                e?.PostedAt,
                Pick(e?.Snippet, c?.Snippet),
                new Uri(site, "/viewjob?jk=" + Uri.EscapeDataString(key)).AbsoluteUri,
                Pick(e?.Salary, c?.Salary));
            if (listing is not null)
            {
                listings.Add(listing);
            }
        }

        return listings;
    }

    private static string? Pick(string? first, string? second) => string.IsNullOrWhiteSpace(first) ? second : first;

    private static Dictionary<string, Card> ReadCards(IDocument document)
    {
        var cards = new Dictionary<string, Card>(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[data-jk]"))
        {
            var key = anchor.GetAttribute("data-jk")!;
            var card = anchor.Closest(".job_seen_beacon") ?? anchor.Closest("li") ?? anchor.ParentElement!;
            var salary = card.QuerySelector(".salary-snippet-container, [data-testid='salary-snippet']")?.TextContent
                ?? card.QuerySelectorAll("[data-testid='attribute_snippet_testid']").Select(e => e.TextContent)
                    .FirstOrDefault(t => t.Any(char.IsDigit) && t.IndexOfAny(['$', '€', '£', '₹']) >= 0);
            var snippet = card.QuerySelector(".job-snippet, [data-testid='jobsnippet_footer']")?.InnerHtml
                ?? anchor.Closest("li")?.QuerySelector(".underShelfFooter .heading6 > div")?.TextContent;
            cards.TryAdd(key, new Card(
                anchor.QuerySelector("span[title]")?.GetAttribute("title") ?? anchor.TextContent,
                card.QuerySelector("[data-testid='company-name'], .companyName")?.TextContent,
                card.QuerySelector("[data-testid='text-location'], .companyLocation")?.TextContent,
                salary,
                snippet,
                null,
                null));
        }

        return cards;
    }

    private static Dictionary<string, Card> ReadEmbedded(IDocument document)
    {
        var cards = new Dictionary<string, Card>(StringComparer.Ordinal);
        var script = document.Scripts.Select(s => s.Text).FirstOrDefault(t => t.Contains(MosaicMarker, StringComparison.Ordinal));
        if (script is null)
        {
            return cards;
        }

        var start = script.IndexOf('=', script.IndexOf(MosaicMarker, StringComparison.Ordinal) + MosaicMarker.Length) + 1;
        var bytes = Encoding.UTF8.GetBytes(script[start..]);
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || !reader.TrySkip())
        {
            throw new InvalidDataException("the page's embedded card data is not complete JSON");
        }

        using var json = JsonDocument.Parse(bytes.AsMemory(0, (int)reader.BytesConsumed));
        if (!json.RootElement.TryGetProperty("metaData", out var meta)
            || !meta.TryGetProperty("mosaicProviderJobCardsModel", out var model)
            || !model.TryGetProperty("results", out var results)
            || results.ValueKind != JsonValueKind.Array)
        {
            return cards;
        }

        foreach (var result in results.EnumerateArray())
        {
            if (Text(result, "jobkey") is not { Length: > 0 } key)
            {
                continue;
            }

            cards.TryAdd(key, new Card(
                Text(result, "displayTitle") ?? Text(result, "title"),
                Text(result, "company"),
                Text(result, "formattedLocation"),
                result.TryGetProperty("salarySnippet", out var salary) ? Text(salary, "text") : null,
                Text(result, "snippet"),
                result.TryGetProperty("remoteLocation", out var remote) && remote.ValueKind == JsonValueKind.True ? true : null,
                result.TryGetProperty("pubDate", out var date) && date.TryGetInt64(out var ms) ? ListingDates.FromUnixMilliseconds(ms) : null));
        }

        return cards;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private sealed record Card(string? Title, string? Company, string? Location, string? Salary, string? Snippet, bool? Remote, DateTimeOffset? PostedAt);
}
