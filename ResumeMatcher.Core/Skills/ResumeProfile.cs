using System.Text;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// What ResumeMatcher understands of a resume: the skills and job titles it names, its sections, the current title,
/// total years of experience, highest degree and contact e-mails and links. <see cref="Contacts"/> is personal data:
/// <see cref="ToString"/> leaves it out so that a logged profile never carries it.
/// </summary>
public sealed record ResumeProfile(IReadOnlyList<ExtractedSkill> Skills, IReadOnlyList<string> Titles)
{
    /// <summary>The sections recognised (<see cref="SectionMap"/> names), in the order they appear.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>The title of the role held now (a range ending "Present"), else the latest role listed.</summary>
    public string? CurrentTitle { get; init; }

    /// <summary>Titles of earlier roles, most recent first as the resume lists them.</summary>
    public IReadOnlyList<string> PastTitles { get; init; } = [];

    /// <summary>Total years of experience from the experience date ranges, overlaps merged; null when none are written.</summary>
    public double? YearsOfExperience { get; init; }

    /// <summary>The highest degree named (see <see cref="DegreeExtractor"/>), or null.</summary>
    public string? HighestDegree { get; init; }

    /// <summary>E-mail addresses and links: personal data, never logged.</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Skills = ").Append(Skills.Count)
            .Append(", Titles = ").Append(Titles.Count)
            .Append(", Sections = [").AppendJoin(", ", Sections).Append(']')
            .Append(", YearsOfExperience = ").Append(YearsOfExperience)
            .Append(", HighestDegree = ").Append(HighestDegree)
            .Append(", Contacts = ").Append(Contacts.Count);
        return true;
    }
}
