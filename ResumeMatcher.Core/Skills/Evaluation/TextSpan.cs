namespace ResumeMatcher.Core.Skills.Evaluation;

/// <summary>Characters [Start, End) of a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
