using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Matching;

/// <summary>How a listing's score is blended from its parts, and the defaults of a match request.</summary>
public sealed class MatchingOptions : IValidatableObject
{
    public const string SectionName = "Matching";

    /// <summary>Weight of the TF-IDF cosine similarity of resume and listing text.</summary>
    [Range(0.0, 1.0)]
    public double CosineWeight { get; set; } = 0.4;

    /// <summary>Weight of skill coverage: the share of the listing's skills that the resume names.</summary>
    [Range(0.0, 1.0)]
    public double SkillWeight { get; set; } = 0.35;

    /// <summary>Weight of the similarity between the resume's job titles and the listing's title.</summary>
    [Range(0.0, 1.0)]
    public double TitleWeight { get; set; } = 0.25;

    /// <summary>
    /// Skill coverage is counted against at least this many skills, so a listing that names one or two skills (and so
    /// says little about what it needs) cannot reach full coverage with a single shared skill.
    /// </summary>
    [Range(1, 50)]
    public int MinimumListingSkills { get; set; } = 5;

    /// <summary>Results below this final score are left out (the user's default threshold).</summary>
    [Range(0.0, 1.0)]
    public double DefaultMinScore { get; set; } = 0.2;

    [Range(1, 100)]
    public int DefaultLimit { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var total = CosineWeight + SkillWeight + TitleWeight;
        if (Math.Abs(total - 1.0) > 1e-6)
        {
            yield return new ValidationResult(
                $"CosineWeight + SkillWeight + TitleWeight must add up to 1 (they add up to {total}).",
                [nameof(CosineWeight), nameof(SkillWeight), nameof(TitleWeight)]);
        }
    }
}
