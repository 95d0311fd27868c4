using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Finds e-mail addresses and links (web sites, LinkedIn, GitHub...) in resume text. They are personal data:
/// kept in the profile, never logged.
/// </summary>
public static partial class ContactExtractor
{
    public static IReadOnlyList<string> Extract(string text)
    {
        var contacts = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in ContactPattern().Matches(text))
        {
            var value = match.Value.TrimEnd('.', ',', ';', ':', ')', ']', '>', '"', '\'', '|');
            if (match.Groups["mail"].Success && value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                value = value["mailto:".Length..];
            }

            if (value.Length > 4 && seen.Add(value))
            {
                contacts.Add(value);
            }
        }

        return contacts;
    }

    [GeneratedRegex(
        @"(?<mail>(?:mailto:)?[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})" +
        @"|(?<url>https?://[^\s<>""'()]+|www\.[^\s<>""'()]+" +
        @"|(?<![@\w.])(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|stackoverflow\.com|twitter\.com|x\.com|medium\.com|behance\.net|dribbble\.com|kaggle\.com|indeed\.com/r|orcid\.org|scholar\.google\.com)/[^\s<>""'()]+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactPattern();
}
