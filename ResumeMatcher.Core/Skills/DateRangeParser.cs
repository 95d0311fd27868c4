using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Reads date ranges from resume text: "Jan 2019 - Mar 2021", "03/2018 – Present", "2015 to 2017", "June, 2020 — Current".
/// "Present", "Current", "Now", "Today", "Till date" and "Ongoing" end at the current month (from the TimeProvider).
/// </summary>
public static class DateRangeParser
{
    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Ongoing = @"present|current(?:ly)?|now|today|till\s+date|to\s+date|date|ongoing";

    private const string Separator = @"\s*(?:-|–|—|‒|―|~|to|till|until|through|thru)\s*";

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Start and end dates as month-and-year, numeric month/year, or year; named groups per side (s, e).</summary>
    private static readonly Regex RangePattern = new(
        $@"(?<![\p{{L}}\p{{N}}]){DatePattern("s")}{Separator}(?:{DatePattern("e")}|(?<now>{Ongoing}))(?![\p{{L}}\p{{N}}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The ranges on each line of <paramref name="text"/> that <paramref name="includeLine"/> keeps.</summary>
    public static List<DateRange> Parse(string text, DateTimeOffset now, Func<int, bool>? includeLine = null)
    {
        var ranges = new List<DateRange>();
        var nowMonth = (now.Year * 12) + now.Month - 1;
        var lines = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            if (includeLine is not null && !includeLine(line))
            {
                continue;
            }

            foreach (Match match in RangePattern.Matches(lines[line]))
            {
                if (ToRange(match, nowMonth, line) is { } range)
                {
                    ranges.Add(range);
                }
            }
        }

        return ranges;
    }

    /// <summary>Total months covered by <paramref name="ranges"/>, overlapping ranges counted once.</summary>
    public static int MergedMonths(IEnumerable<DateRange> ranges)
    {
        var total = 0;
        var currentStart = int.MinValue;
        var currentEnd = int.MinValue;
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (range.Start > currentEnd)
            {
                total += currentEnd - currentStart;
                (currentStart, currentEnd) = (range.Start, range.End);
            }
            else
            {
                currentEnd = Math.Max(currentEnd, range.End);
            }
        }

        return total + (currentEnd - currentStart);
    }

    private static DateRange? ToRange(Match match, int nowMonth, int line)
    {
        var startYearOnly = !match.Groups["sm"].Success && !match.Groups["sn"].Success;
        var start = MonthIndex(match, "s");
        if (start > nowMonth)
        {
            return null;
        }

        int end;
        var current = match.Groups["now"].Success;
        if (current)
        {
            end = nowMonth + 1;
        }
        else
        {
            var endYearOnly = !match.Groups["em"].Success && !match.Groups["en"].Success;
            end = MonthIndex(match, "e");

            // "2019 - 2021" reads as two years; "2020 - 2020" as one; month precision includes the last month.
            end += endYearOnly ? (startYearOnly && end == start ? 12 : 0) : 1;
            end = Math.Min(end, nowMonth + 1);
        }

        return end > start && end - start <= 50 * 12 ? new DateRange(start, end, current, line) : null;
    }

    private static string DatePattern(string side) =>
        $@"(?:(?<{side}m>{Month})[\s,']*(?<{side}y>(?:19|20)\d\d)|(?<{side}n>0?[1-9]|1[0-2])[/.\-](?<{side}y>(?:19|20)\d\d)|(?<{side}y>(?:19|20)\d\d)(?:[/.\-](?<{side}n>0[1-9]|1[0-2])\b)?)";

    private static int MonthIndex(Match match, string prefix)
    {
        var year = int.Parse(match.Groups[prefix + "y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = 0;
        if (match.Groups[prefix + "m"].Success)
        {
            var name = match.Groups[prefix + "m"].Value.ToLowerInvariant();
            month = Array.FindIndex(MonthPrefixes, p => name.StartsWith(p, StringComparison.Ordinal));
        }
        else if (match.Groups[prefix + "n"].Success)
        {
            month = int.Parse(match.Groups[prefix + "n"].ValueSpan, CultureInfo.InvariantCulture) - 1;
        }

        return (year * 12) + month;
    }
}
