namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Finds taxonomy skills in text on word boundaries, longest phrase first. Skills whose names are also
/// ordinary words ("Go", "R", "C") count only in skill context: written in their own capitalisation and
/// with another skill named nearby on the same line.
/// </summary>
public sealed class SkillExtractor(SkillTaxonomy taxonomy)
{
    private const int ContextWindow = 6;

    public IReadOnlyList<ExtractedSkill> Extract(string text)
    {
        var tokens = SkillTokenizer.Tokenize(text);
        var found = new List<(SkillDefinition Skill, TextToken First, int Index)>();
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
                            found.Add((skill, part, i));
                        }
                    }
                }

                consumed = 1;
            }

            i += consumed;
        }

        var counts = new Dictionary<SkillDefinition, int>(ReferenceEqualityComparer.Instance);
        var order = new List<SkillDefinition>();
        foreach (var (skill, first, index) in found)
        {
            if (skill.NeedsContext && !InSkillContext(skill, first, index, found))
            {
                continue;
            }

            if (counts.TryGetValue(skill, out var count))
            {
                counts[skill] = count + 1;
            }
            else
            {
                counts[skill] = 1;
                order.Add(skill);
            }
        }

        return order.Select(s => new ExtractedSkill(s.Name, s.Category, counts[s])).ToList();
    }

    private int MatchAt(List<TextToken> tokens, int start, List<(SkillDefinition, TextToken, int)> found)
    {
        var longest = Math.Min(taxonomy.MaxPhraseWords, tokens.Count - start);
        for (var length = longest; length >= 1; length--)
        {
            if (length > 1 && tokens[start + length - 1].Line != tokens[start].Line)
            {
                continue;
            }

            var key = length == 1
                ? tokens[start].Normal
                : string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Normal));
            if (taxonomy.TryFind(key, out var skill))
            {
                found.Add((skill, tokens[start], start));
                return length;
            }
        }

        return 0;
    }

    private static bool InSkillContext(
        SkillDefinition skill,
        TextToken token,
        int index,
        List<(SkillDefinition Skill, TextToken First, int Index)> found)
    {
        // "go" and "r" in lower case are words, not skills; "Go" and "R" may be.
        if (token.Text.All(char.IsLower) && skill.Name.Any(char.IsUpper))
        {
            return false;
        }

        foreach (var other in found)
        {
            if (!other.Skill.NeedsContext
                && other.First.Line == token.Line
                && Math.Abs(other.Index - index) <= ContextWindow)
            {
                return true;
            }
        }

        return false;
    }
}
