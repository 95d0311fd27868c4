using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// The Indeed-style result page scraper. Unofficial: Indeed's terms may forbid scraping; it is off by default and
/// production should use the official APIs. robots.txt is respected.
/// </summary>
public sealed class IndeedSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:Indeed";

    public IndeedSourceOptions() => BaseUrl = "https://www.indeed.com";

    /// <summary>The "l" parameter of the search (a city, a region, "Remote"); empty for anywhere.</summary>
    public string Location { get; set; } = "";

    /// <summary>Result pages read per query (about 15 cards each).</summary>
    [Range(1, 5)]
    public int Pages { get; set; } = 1;
}
