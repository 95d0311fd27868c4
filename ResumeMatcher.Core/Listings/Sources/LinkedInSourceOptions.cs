using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// LinkedIn's guest job-search fragments. Unofficial: LinkedIn's terms may forbid scraping; off by default, production
/// should use the official APIs. robots.txt is respected (LinkedIn's disallows most agents, so expect it to refuse).
/// </summary>
public sealed class LinkedInSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:LinkedIn";

    public LinkedInSourceOptions() => BaseUrl = "https://www.linkedin.com";

    /// <summary>The search's location ("Berlin, Germany"); empty for anywhere.</summary>
    public string Location { get; set; } = "";

    /// <summary>Fragments read per query (about 10 cards each).</summary>
    [Range(1, 5)]
    public int Pages { get; set; } = 1;
}
