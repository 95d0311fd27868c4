namespace ResumeMatcher.Core.Skills;

/// <summary>A skill found in a stored resume.</summary>
public sealed class ResumeSkill
{
    public Guid ResumeId { get; set; }

    public required string Name { get; set; }

    public required string Category { get; set; }

    public int Count { get; set; }
}
