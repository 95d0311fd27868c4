using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class AshbySourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:Ashby";

    public AshbySourceOptions() => BaseUrl = "https://api.ashbyhq.com";

    /// <summary>Ashby job board names, as in jobs.ashbyhq.com/ORGANIZATION.</summary>
    public List<string> Organizations { get; set; } = [];

    protected override IEnumerable<ValidationResult> ValidateSource()
    {
        if (Enabled && Organizations.Count(t => !string.IsNullOrWhiteSpace(t)) == 0)
        {
            yield return new ValidationResult("Ashby is enabled but names no Organizations.", [nameof(Organizations)]);
        }
    }
}
