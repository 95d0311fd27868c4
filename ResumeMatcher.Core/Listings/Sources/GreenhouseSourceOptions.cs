using System.ComponentModel.DataAnnotations;
using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Core.Listings.Sources;

public sealed class GreenhouseSourceOptions : JobBoardOptions
{
    public const string SectionName = "Listings:Sources:Greenhouse";

    public GreenhouseSourceOptions() => BaseUrl = "https://boards-api.greenhouse.io";

    /// <summary>Board tokens, as in boards.greenhouse.io/TOKEN.</summary>
    public List<string> BoardTokens { get; set; } = [];

    protected override IEnumerable<ValidationResult> ValidateSource()
    {
        if (Enabled && BoardTokens.Count(t => !string.IsNullOrWhiteSpace(t)) == 0)
        {
            yield return new ValidationResult("Greenhouse is enabled but names no BoardTokens.", [nameof(BoardTokens)]);
        }
    }
}
