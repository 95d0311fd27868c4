namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Finds taxonomy skills in text on word boundaries, longest phrase first. Skills whose names are also
/// ordinary words ("Go", "R", "C", "Spring") count only in skill context: written in their own capitalisation,
/// and either on a line of a skills section, or with another skill named nearby on the same line, or followed
/// by "language"/"programming".
/// </summary>
public sealed class SkillExtractor(SkillTaxonomy taxonomy)
{
    private const int ContextWindow = 6;

    /// <summary>Phrase keys longer than this (characters) or words (in a phrase) are not skills.</summary>
    private const int KeyBufferLength = 256;

    private const int MaxPhraseWordsLimit = 16;

    private static readonly HashSet<string> ContextFollowers = new(StringComparer.Ordinal)
    {
        "language", "languages", "programming", "lang", "framework", "developer", "developers", "development",
    };

    public IReadOnlyList<ExtractedSkill> Extract(string text) => Extract(text, SectionMap.None);

    public IReadOnlyList<ExtractedSkill> Extract(string text, SectionMap sections) =>
        Extract(FindMentions(SkillTokenizer.Tokenize(text), sections), sections);

    /// <summary>The skills of <paramref name="mentions"/> (from <see cref="FindMentions(IReadOnlyList{TextToken}, SectionMap)"/>), counted.</summary>
    public static IReadOnlyList<ExtractedSkill> Extract(IReadOnlyList<SkillMention> mentions, SectionMap sections)
    {
        var counts = new Dictionary<SkillDefinition, (int Count, List<string> Sections)>(ReferenceEqualityComparer.Instance);
        var order = new List<SkillDefinition>();
        foreach (var mention in mentions)
        {
            if (!counts.TryGetValue(mention.Skill, out var entry))
            {
                entry = (0, []);
                order.Add(mention.Skill);
            }

            if (sections.SectionOf(mention.Line) is { } section && !entry.Sections.Contains(section))
            {
                entry.Sections.Add(section);
            }

            counts[mention.Skill] = (entry.Count + 1, entry.Sections);
        }

        return order.Select(s => new ExtractedSkill(s.Name, s.Category, counts[s].Count) { Sections = counts[s].Sections }).ToList();
    }

    /// <summary>Every place a skill is named, in text order, after the context rules.</summary>
    public IReadOnlyList<SkillMention> FindMentions(string text, SectionMap sections) =>
        FindMentions(SkillTokenizer.Tokenize(text), sections);

    /// <summary>Every place a skill is named in already tokenised text (see <see cref="SkillTokenizer.Tokenize"/>).</summary>
    public IReadOnlyList<SkillMention> FindMentions(IReadOnlyList<TextToken> tokens, SectionMap sections)
    {
        var found = new List<(SkillMention Mention, TextToken First, int Index, int End)>();
        for (var i = 0; i < tokens.Count;)
        {
            var consumed = MatchAt(tokens, i, found);
            if (consumed == 0)
            {
                if (SkillTokenizer.IsCompound(tokens[i]))
                {
                    foreach (var part in SkillTokenizer.SplitCompound(tokens[i]))
                    {
                        if (taxonomy.TryFind(part.Normal, out var skill))
                        {
                            found.Add((new SkillMention(skill, part.Start, part.Text.Length, part.Line), part, i, i + 1));
                        }
                    }
                }

                consumed = 1;
            }

            i += consumed;
        }

        var mentions = new List<SkillMention>(found.Count);
        foreach (var (mention, first, index, end) in found)
        {
            if (mention.Skill.NeedsContext && !InSkillContext(mention.Skill, first, index, end, tokens, found, sections))
            {
                continue;
            }

            mentions.Add(mention);
        }

        return mentions;
    }

    private int MatchAt(IReadOnlyList<TextToken> tokens, int start, List<(SkillMention, TextToken, int, int)> found)
    {
        Span<char> buffer = stackalloc char[KeyBufferLength];
        Span<int> ends = stackalloc int[Math.Min(taxonomy.MaxPhraseWords, MaxPhraseWordsLimit)];
        var words = SkillTokenizer.PhraseKeys(tokens, start, buffer, ends);
        for (var length = words; length >= 1; length--)
        {
            if (taxonomy.TryFind(buffer[..ends[length - 1]], out var skill))
            {
                var last = tokens[start + length - 1];
                var mention = new SkillMention(skill, tokens[start].Start, last.Start + last.Text.Length - tokens[start].Start, tokens[start].Line);
                found.Add((mention, tokens[start], start, start + length));
                return length;
            }
        }

        return 0;
    }

    private static bool InSkillContext(
        SkillDefinition skill,
        TextToken token,
        int index,
        int end,
        IReadOnlyList<TextToken> tokens,
        List<(SkillMention Mention, TextToken First, int Index, int End)> found,
        SectionMap sections)
    {
        // "go" and "r" in lower case are words, not skills; "Go" and "R" may be.
        if (token.Text.All(c => !char.IsLetter(c) || char.IsLower(c)) && skill.Name.Any(char.IsUpper))
        {
            return false;
        }

        if (sections.SectionOf(token.Line) == SectionMap.Skills)
        {
            return true;
        }

        if (end < tokens.Count && tokens[end].Line == token.Line && ContextFollowers.Contains(tokens[end].Normal))
        {
            return true;
        }

        foreach (var other in found)
        {
            if (!other.Mention.Skill.NeedsContext
                && other.First.Line == token.Line
                && Math.Abs(other.Index - index) <= ContextWindow)
            {
                return true;
            }
        }

        return false;
    }
}
