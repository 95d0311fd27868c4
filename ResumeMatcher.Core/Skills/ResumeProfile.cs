namespace ResumeMatcher.Core.Skills;

/// <summary>What ResumeMatcher understands of a resume: the skills and the job titles it names.</summary>
public sealed record ResumeProfile(IReadOnlyList<ExtractedSkill> Skills, IReadOnlyList<string> Titles);
