namespace ResumeMatcher.Core.Skills;

/// <summary>
/// A span of months named in a resume ("Jan 2019 – Present"), as month numbers since year 0:
/// [Start, End), so "Jan 2020 – Mar 2020" is three months. <see cref="Line"/> is where it was written.
/// </summary>
public readonly record struct DateRange(int Start, int End, bool IsCurrent, int Line)
{
    public int Months => End - Start;
}
