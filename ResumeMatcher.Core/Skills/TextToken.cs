namespace ResumeMatcher.Core.Skills;

/// <summary>A word of a text as skill and title matching sees it: its original spelling, lower-cased form and place.</summary>
public readonly record struct TextToken(string Text, string Normal, int Start, int Line);
