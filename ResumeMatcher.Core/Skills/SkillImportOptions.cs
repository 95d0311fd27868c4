using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Skills;

/// <summary>The format of a skill list to import (see <see cref="SkillImport"/>).</summary>
public enum SkillImportFormat
{
    /// <summary>Told from the file: O*NET's header, ESCO's "preferredLabel" column, else one skill a line.</summary>
    Auto,

    /// <summary>O*NET Technology Skills (technology_skills.txt): tab-separated, the skill in the "Example" column.</summary>
    OnetTechnologySkills,

    /// <summary>ESCO skills CSV (skills_en.csv and its collections): "preferredLabel" and "altLabels" columns.</summary>
    Esco,

    /// <summary>One skill a line; blank lines and lines starting with '#' are skipped.</summary>
    PlainList,
}

/// <summary>
/// Skills:Import: an optional skill list merged into the embedded taxonomy at start. Skills the taxonomy already
/// names keep their curated entry; imported one-word names count only in skill context (see <see cref="SkillImport"/>).
/// </summary>
public sealed class SkillImportOptions : IValidatableObject
{
    public const string SectionName = "Skills:Import";

    /// <summary>The file to import, absolute or relative to the working directory; none when empty.</summary>
    public string? Path { get; set; }

    public SkillImportFormat Format { get; set; } = SkillImportFormat.Auto;

    /// <summary>The category given to imported skills; by default "tools" for O*NET, "domain" for ESCO, "imported" for a list.</summary>
    [StringLength(40)]
    public string? Category { get; set; }

    /// <summary>The most skills read from the file: an import is a taxonomy, not a dictionary.</summary>
    [Range(1, 200_000)]
    public int MaxSkills { get; set; } = 50_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Path) && !File.Exists(Path))
        {
            yield return new ValidationResult(
                $"The skill import file {Path} does not exist. Set {SectionName}:Path to an existing file, or leave it empty.",
                [nameof(Path)]);
        }

        if (!Enum.IsDefined(Format))
        {
            yield return new ValidationResult($"{SectionName}:Format {Format} is not a known format.", [nameof(Format)]);
        }
    }
}
