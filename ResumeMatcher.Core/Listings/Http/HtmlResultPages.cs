namespace ResumeMatcher.Core.Listings.Http;

/// <summary>
/// Walks the numbered result pages of an HTML job board: checks robots.txt for each page, fetches it, parses its
/// cards, and stops at the configured number of pages or at the first page without cards.
/// </summary>
public static class HtmlResultPages
{
    public static async Task<IReadOnlyList<JobListing>> FetchAsync(
        HttpClient client,
        RobotsTxtPolicy robots,
        int pages,
        Func<int, Uri> pageUri,
        Func<string, IReadOnlyList<JobListing>> parse,
        CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        for (var page = 0; page < pages; page++)
        {
            var uri = pageUri(page);
            await robots.EnsureAllowedAsync(client, uri, cancellationToken);
            using var response = await client.GetAsync(uri, cancellationToken);
            response.EnsureSuccessStatusCode();
            var found = parse(await response.Content.ReadAsStringAsync(cancellationToken));
            listings.AddRange(found);
            if (found.Count == 0)
            {
                break;
            }
        }

        return listings;
    }
}
