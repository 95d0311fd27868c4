using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Splits text into words the way skill names are written: "C#", "C++", ".NET", "Node.js", "CI/CD", "T-SQL"
/// and "R&amp;D" stay whole, while sentence punctuation around them does not stick.
/// </summary>
public static partial class SkillTokenizer
{
    [GeneratedRegex(@"\.?[\p{L}\p{N}]+(?:[.\-/&'][\p{L}\p{N}]+)*[+#]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+[+#]*", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleWordPattern();

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        var line = 0;
        var lastIndex = 0;
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            line += text.AsSpan(lastIndex, match.Index - lastIndex).Count('\n');
            lastIndex = match.Index;
            var word = text.Substring(match.Index, match.Length);
            tokens.Add(new TextToken(word, word.ToLowerInvariant(), match.Index, line));
        }

        return tokens;
    }

    /// <summary>Splits a compound word ("Python/Django", "front-end") into its simple parts.</summary>
    public static List<TextToken> SplitCompound(TextToken token)
    {
        var parts = new List<TextToken>();
        foreach (var match in SimpleWordPattern().EnumerateMatches(token.Text))
        {
            var word = token.Text.Substring(match.Index, match.Length);
            parts.Add(new TextToken(word, word.ToLowerInvariant(), token.Start + match.Index, token.Line));
        }

        return parts;
    }

    /// <summary>The lookup key of a phrase: its words lower-cased and joined by single spaces.</summary>
    public static string Key(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Normal));

    /// <summary>
    /// Writes the lookup keys of the phrases that start at <paramref name="tokens"/>[<paramref name="start"/>] into
    /// <paramref name="buffer"/>, without allocating: the key of the first k words is buffer[..ends[k - 1]]. Phrases
    /// stay on one line. Returns how many words fit (at most ends.Length).
    /// </summary>
    public static int PhraseKeys(IReadOnlyList<TextToken> tokens, int start, Span<char> buffer, Span<int> ends)
    {
        var length = 0;
        var words = 0;
        var line = tokens[start].Line;
        for (var i = start; i < tokens.Count && words < ends.Length && tokens[i].Line == line; i++)
        {
            var normal = tokens[i].Normal;
            var needed = normal.Length + (words > 0 ? 1 : 0);
            if (length + needed > buffer.Length)
            {
                break;
            }

            if (words > 0)
            {
                buffer[length++] = ' ';
            }

            normal.CopyTo(buffer[length..]);
            length += normal.Length;
            ends[words++] = length;
        }

        return words;
    }

    public static bool IsCompound(TextToken token) => token.Text.AsSpan(1).IndexOfAny("./-&'") >= 0;
}
