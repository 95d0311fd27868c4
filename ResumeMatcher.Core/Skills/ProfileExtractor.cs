namespace ResumeMatcher.Core.Skills;

/// <summary>Builds a <see cref="ResumeProfile"/> from resume text. Thread-safe; build it once and share it.</summary>
public sealed class ProfileExtractor(SkillExtractor skills, JobTitleExtractor titles)
{
    public ResumeProfile Extract(string text) => new(skills.Extract(text), titles.Extract(text));
}
