using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class LeverSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:Lever";

    public LeverSourceOptions() => BaseUrl = "https://api.lever.co";

    /// <summary>Lever sites, as in jobs.lever.co/SITE.</summary>
    public List<string> Sites { get; set; } = [];

    protected override IEnumerable<ValidationResult> ValidateSource()
    {
        if (Enabled && Sites.Count(t => !string.IsNullOrWhiteSpace(t)) == 0)
        {
            yield return new ValidationResult("Lever is enabled but names no Sites.", [nameof(Sites)]);
        }
    }
}
