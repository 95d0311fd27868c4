namespace ResumeMatcher.Core.Skills;

/// <summary>One place a skill is named: the characters [Start, Start + Length) of the text, on line Line.</summary>
public readonly record struct SkillMention(SkillDefinition Skill, int Start, int Length, int Line);
