using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class ArbeitnowSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:Arbeitnow";

    public ArbeitnowSourceOptions() => BaseUrl = "https://www.arbeitnow.com";

    /// <summary>How many pages (100 jobs each) to read per refresh.</summary>
    [Range(1, 20)]
    public int Pages { get; set; } = 1;
}
