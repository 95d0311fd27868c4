namespace ResumeMatcher.Core.Skills;

/// <summary>A skill found in a text, with how often it was named.</summary>
public sealed record ExtractedSkill(string Name, string Category, int Count);
