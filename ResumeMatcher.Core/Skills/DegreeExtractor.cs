using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Finds the highest degree a resume names: Doctorate, Master, Bachelor, Associate, Diploma or High School.
/// Reads the education section when the resume has one, else the whole text. Abbreviations are matched
/// case-sensitively ("MBA", "B.Tech", "Ph.D.") so ordinary words do not count.
/// </summary>
public static partial class DegreeExtractor
{
    public const string Doctorate = "Doctorate";
    public const string Master = "Master";
    public const string Bachelor = "Bachelor";
    public const string Associate = "Associate";
    public const string Diploma = "Diploma";
    public const string HighSchool = "High School";

    private static readonly (string Degree, Regex Pattern)[] Levels =
    [
        (Doctorate, DoctoratePattern()),
        (Master, MasterPattern()),
        (Bachelor, BachelorPattern()),
        (Associate, AssociatePattern()),
        (Diploma, DiplomaPattern()),
        (HighSchool, HighSchoolPattern()),
    ];

    public static string? Extract(string text, SectionMap sections)
    {
        var source = text;
        if (sections.Has(SectionMap.Education))
        {
            var lines = text.Split('\n');
            source = string.Join('\n', lines.Where((_, i) => sections.SectionOf(i) == SectionMap.Education));
        }

        foreach (var (degree, pattern) in Levels)
        {
            if (pattern.IsMatch(source))
            {
                return degree;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:[Dd]octor(?:ate)?\s+of|[Dd]octorate|(?i:ph\.?\s?d)\b|D\.Phil|DPhil|Ed\.D|EdD|D\.Sc|DSc)", RegexOptions.CultureInvariant)]
    private static partial Regex DoctoratePattern();

    [GeneratedRegex(@"\b(?:[Mm]aster(?:'s|s)?\b|MBA\b|M\.B\.A|M\.\s?S\.|MSc\b|M\.Sc|M\.?Tech\b|M\.E\.|MCA\b|M\.C\.A|M\.A\.|MEng\b|M\.Eng|MPhil\b|M\.Phil|MPH\b|LL\.?M\b|MS\s+(?:in|of)\b|M\.?Com\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MasterPattern();

    [GeneratedRegex(@"\b(?:[Bb]achelor(?:'s|s)?\b|B\.\s?S\.|BSc\b|B\.Sc|B\.?Tech\b|B\.E\.?(?=\s|$|,)|BE\s+(?:in|\()|BCA\b|B\.C\.A|B\.A\.|BBA\b|B\.B\.A|BEng\b|B\.Eng|B\.?Com\b|LL\.?B\b|BS\s+(?:in|of)\b|BA\s+(?:in|of)\b|B\.?Pharm|MBBS\b|[Uu]ndergraduate\s+degree)", RegexOptions.CultureInvariant)]
    private static partial Regex BachelorPattern();

    [GeneratedRegex(@"\b(?:[Aa]ssociate(?:'s)?\s+(?:[Dd]egree|of\s+(?:[Aa]pplied\s+)?(?:[Ss]cience|[Aa]rts))|A\.A\.S?\.|AAS\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AssociatePattern();

    [GeneratedRegex(@"\b(?:[Dd]iploma|[Pp]olytechnic)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DiplomaPattern();

    [GeneratedRegex(@"\b(?:[Hh]igh\s+[Ss]chool|HSC\b|SSC\b|GED\b|[Ss]econdary\s+[Ss]chool|12th|10th|[Ii]ntermediate)", RegexOptions.CultureInvariant)]
    private static partial Regex HighSchoolPattern();
}
