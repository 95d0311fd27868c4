namespace ResumeMatcher.Core.Skills;

/// <summary>
/// A skill found in a text, with how often it was named and the resume sections it was named in
/// (<see cref="SectionMap"/> names; empty when the text has no recognised sections).
/// </summary>
public sealed record ExtractedSkill(string Name, string Category, int Count)
{
    public IReadOnlyList<string> Sections { get; init; } = [];
}
