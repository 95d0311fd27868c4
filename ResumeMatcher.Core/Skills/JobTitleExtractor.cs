namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Finds the job titles a resume names. Titles are read where resumes state roles: the role lines of the
/// experience section ("Senior Engineer, Acme – 2019 – Present") and the header above the first section (the
/// headline under the name). Bullets, prose, skill lists and the other sections are not read, so "SQL Server",
/// "led the sales team" or "Learning and development of ..." name no role.
/// </summary>
public sealed class JobTitleExtractor(JobTitleCatalog catalog)
{
    /// <summary>A role line is short: a role, an employer, a place and dates, not a sentence.</summary>
    private const int MaxWordsOnTitleLine = 12;

    /// <summary>A sentence ending in a full stop with more words than this is prose, not a role line.</summary>
    private const int MaxWordsBeforeFullStop = 4;

    /// <summary>A line naming this many skills is a skill list, not a role line.</summary>
    private const int MinSkillsOfSkillList = 3;

    /// <summary>Lines with words of the header read for a headline; further lines are contact blocks or summaries.</summary>
    private const int MaxHeaderLines = 10;

    private const int KeyBufferLength = 256;

    private static readonly HashSet<string> RankWords = JobTitleCatalog.SeniorityWords;

    public IReadOnlyList<string> Extract(string text) => ExtractWithLines(text).Select(t => t.Title).ToList();

    /// <summary>The titles a resume names, each with the line it first appears on, in text order.</summary>
    public IReadOnlyList<(string Title, int Line)> ExtractWithLines(string text) =>
        ExtractWithLines(text, SkillTokenizer.Tokenize(text), SectionMap.Detect(text), []);

    /// <summary>
    /// The titles a resume names, from its tokens (<see cref="SkillTokenizer.Tokenize"/>), sections and the skill
    /// mentions found in it: a title inside a skill's name ("SQL Server") does not count.
    /// </summary>
    public IReadOnlyList<(string Title, int Line)> ExtractWithLines(
        string text, IReadOnlyList<TextToken> tokens, SectionMap sections, IReadOnlyList<SkillMention> skills)
    {
        var result = new List<(string, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hasExperience = sections.Has(SectionMap.Experience);
        var skillIndex = 0;
        var headerLines = 0;
        for (var start = 0; start < tokens.Count;)
        {
            var line = tokens[start].Line;
            var end = start;
            while (end < tokens.Count && tokens[end].Line == line)
            {
                end++;
            }

            // Skill mentions are in text order: those of this line.
            while (skillIndex < skills.Count && skills[skillIndex].Line < line)
            {
                skillIndex++;
            }

            var skillEnd = skillIndex;
            while (skillEnd < skills.Count && skills[skillEnd].Line == line)
            {
                skillEnd++;
            }

            if (line < sections.FirstHeadingLine)
            {
                headerLines++;
            }

            if (MayNameRole(line, headerLines, sections, hasExperience)
                && IsRoleLine(text, tokens, start, end, skillEnd - skillIndex))
            {
                AddTitles(tokens, start, end, skills, skillIndex, skillEnd, result, seen);
            }

            start = end;
        }

        return result;
    }

    /// <summary>The catalogue title that a listing's title names, if any.</summary>
    public string? Normalise(string title)
    {
        var tokens = SkillTokenizer.Tokenize(title);
        var found = new List<(string, int)>();
        AddTitles(tokens, 0, tokens.Count, [], 0, 0, found, new HashSet<string>(StringComparer.Ordinal));
        return found.Count > 0 ? found[0].Item1 : null;
    }

    /// <summary>The header (above the first heading) and the experience section; without one, lines of no known section.</summary>
    private static bool MayNameRole(int line, int headerLines, SectionMap sections, bool hasExperience)
    {
        if (line < sections.FirstHeadingLine)
        {
            return headerLines <= MaxHeaderLines;
        }

        var section = sections.SectionOf(line);
        return section == SectionMap.Experience || (!hasExperience && section is null);
    }

    /// <summary>A short line that is not a bullet, not a sentence and not a list of skills.</summary>
    private static bool IsRoleLine(string text, IReadOnlyList<TextToken> tokens, int start, int end, int skillsOnLine)
    {
        var words = end - start;
        if (words > MaxWordsOnTitleLine || skillsOnLine >= MinSkillsOfSkillList)
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, tokens[start].Start - 1)) + 1;
        if (tokens[start].Start == 0)
        {
            lineStart = 0;
        }

        var lineEnd = text.IndexOf('\n', tokens[end - 1].Start);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).Trim();
        if (line.Length == 0 || IsBullet(line[0]))
        {
            return false;
        }

        return !(line[^1] == '.' && words > MaxWordsBeforeFullStop);
    }

    private static bool IsBullet(char c) =>
        c is '•' or '●' or '○' or '▪' or '■' or '□' or '◆' or '◦' or '‣' or '►' or '▸' or '➢' or '➤' or '✓' or '✔'
            or '-' or '–' or '—' or '*' or '·' or '>';

    private void AddTitles(
        IReadOnlyList<TextToken> tokens,
        int start,
        int end,
        IReadOnlyList<SkillMention> skills,
        int skillStart,
        int skillEnd,
        List<(string, int)> titles,
        HashSet<string> seen)
    {
        Span<char> buffer = stackalloc char[KeyBufferLength];
        Span<int> ends = stackalloc int[Math.Clamp(catalog.MaxPhraseWords, 1, 16)];
        for (var i = start; i < end;)
        {
            var matched = 0;
            var words = SkillTokenizer.PhraseKeys(tokens, i, buffer, ends);
            for (var length = Math.Min(words, end - i); length >= 1; length--)
            {
                if (!catalog.TryFind(buffer[..ends[length - 1]], out var title))
                {
                    continue;
                }

                if (length == 1 && RankWords.Contains(tokens[i].Normal))
                {
                    // "Associate", "Principal" or "Lead" alone is a rank, not the role.
                    continue;
                }

                if ((length == 1 && IsLower(tokens[i].Text))
                    || InsideSkill(tokens[i], tokens[i + length - 1], skills, skillStart, skillEnd))
                {
                    break;
                }

                if (seen.Add(title.Name))
                {
                    titles.Add((title.Name, tokens[i].Line));
                }

                matched = length;
                break;
            }

            i += Math.Max(matched, 1);
        }
    }

    private static bool IsLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words first..last lie within a skill's name on the line ("Server" in "SQL Server").</summary>
    private static bool InsideSkill(TextToken first, TextToken last, IReadOnlyList<SkillMention> skills, int skillStart, int skillEnd)
    {
        var from = first.Start;
        var to = last.Start + last.Text.Length;
        for (var s = skillStart; s < skillEnd; s++)
        {
            if (skills[s].Start <= from && skills[s].Start + skills[s].Length >= to)
            {
                return true;
            }
        }

        return false;
    }
}
