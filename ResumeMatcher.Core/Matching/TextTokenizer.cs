using System.Buffers;
using System.Text;
using Microsoft.ML.Transforms.Text;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The word stage of Microsoft.ML text featurisation, done in one pass over each text's characters: normalise (drop
/// combining diacritics, map accented letters to their base letter, lower case; punctuation and numbers kept), split
/// on <see cref="Separators"/>, drop ML.NET's own default English stop words (read from its assembly). ML.NET's
/// transforms do the same at about 0.5 ms a listing (53 s for 100k); tests check the words, and the TF-IDF vectors
/// built from them, against ML.NET's pipeline (<see cref="MlNetTfIdfModel"/>) on real postings and resumes.
/// </summary>
public sealed class TextTokenizer
{
    /// <summary>
    /// Word separators. ML.NET's tokeniser splits on spaces only by default, and NormalizeText keeps line breaks and
    /// drops punctuation without leaving a space, so "Engineer\nPython" and "Java/Python" became single junk tokens
    /// that no other document shares: most of a multi-line resume's words never met a listing's, and cosines came
    /// out near zero. Punctuation is kept through normalisation and split on here instead.
    /// </summary>
    public static readonly char[] Separators =
    [
        ' ', '\n', '\r', '\t', '\f', '\v', '\u00a0', ',', ';', ':', '/', '\\', '|', '(', ')', '[', ']', '{', '}', '<', '>', '"', '\'',
        '!', '?', '.', '*', '=', '~', '`', '\u2022', '\u00b7', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d',
    ];

    private const string StopWordsResource = "Microsoft.ML.Transforms.Text.StopWords.English.txt";

    /// <summary>For each UTF-16 unit: what normalisation makes of it ('\uffff': a separator, '\0': dropped).</summary>
    private static readonly Lazy<char[]> CharMap = new(BuildCharMap);

    private static readonly Lazy<HashSet<string>> StopWords = new(LoadStopWords);

    /// <summary>Receives the words of one document, in order; the span is valid only during the call.</summary>
    public delegate void WordSink(int document, ReadOnlySpan<ReadOnlyMemory<char>> words);

    /// <summary>The words of many texts; <paramref name="sink"/> sees them in order.</summary>
    public void TokenizeMany(IReadOnlyList<string> texts, WordSink sink)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            Tokenize([texts[i]], i, sink);
        }
    }

    /// <summary>The words of one text; safe to call from many threads.</summary>
    public void Tokenize(string text, WordSink sink) => Tokenize([text], 0, sink);

    /// <summary>
    /// The words of texts read as one, each part ending a word (as if joined with line breaks) without the joined
    /// string being made; safe to call from many threads.
    /// </summary>
    public void Tokenize(ReadOnlySpan<string> parts, WordSink sink) => Tokenize(parts, 0, sink);

    private static void Tokenize(ReadOnlySpan<string> parts, int document, WordSink sink)
    {
        var map = CharMap.Value;
        var stopWords = StopWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var total = 0;
        foreach (var part in parts)
        {
            total += part.Length;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, total));
        var words = ArrayPool<ReadOnlyMemory<char>>.Shared.Rent(Math.Max(16, (total / 2) + parts.Length + 1));
        var count = 0;
        try
        {
            var length = 0;
            var wordStart = 0;
            foreach (var part in parts)
            {
                foreach (var c in part)
                {
                    var mapped = map[c];
                    if (mapped == '\uffff')
                    {
                        AddWord(chars, wordStart, length, words, ref count, stopWords);
                        wordStart = length;
                    }
                    else if (mapped != '\0')
                    {
                        chars[length++] = mapped;
                    }
                }

                AddWord(chars, wordStart, length, words, ref count, stopWords);
                wordStart = length;
            }

            sink(document, words.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            words.AsSpan(0, count).Clear();
            ArrayPool<ReadOnlyMemory<char>>.Shared.Return(words);
        }
    }

    private static void AddWord(char[] chars, int start, int end, ReadOnlyMemory<char>[] words, ref int count, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords)
    {
        if (end > start && !stopWords.Contains(chars.AsSpan(start, end - start)))
        {
            words[count++] = chars.AsMemory(start, end - start);
        }
    }

    private static char[] BuildCharMap()
    {
        var separators = new HashSet<char>(Separators);
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            map[i] = IsCombiningDiacritic(c) ? '\0' : char.ToLowerInvariant(BaseLetter(c));
            if (separators.Contains(map[i]))
            {
                map[i] = '\uffff';
            }
        }

        return map;
    }

    /// <summary>The letter an accented letter is written on (é: e), by canonical decomposition; else the character itself.</summary>
    private static char BaseLetter(char c)
    {
        if (c < 0xC0 || char.IsSurrogate(c))
        {
            return c;
        }

        var single = c.ToString();
        string decomposed;
        try
        {
            decomposed = single.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return c; // not a Unicode character (U+FFFE, unassigned): nothing to decompose
        }

        {
            if (decomposed.Length > 1 && decomposed.AsSpan(1).IndexOfAnyExcept(CombiningMarks) < 0 && !IsCombiningDiacritic(decomposed[0]))
            {
                return decomposed[0];
            }
        }

        return c;
    }

    private static readonly SearchValues<char> CombiningMarks = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsCombiningDiacritic)]);

    private static bool IsCombiningDiacritic(char c) =>
        c is (>= '\u0300' and <= '\u036f') or (>= '\u1ab0' and <= '\u1aff') or (>= '\u1dc0' and <= '\u1dff') or (>= '\u20d0' and <= '\u20ff') or (>= '\ufe20' and <= '\ufe2f');

    private static HashSet<string> LoadStopWords()
    {
        using var stream = typeof(StopWordsRemovingEstimator).Assembly.GetManifestResourceStream(StopWordsResource)
            ?? throw new InvalidOperationException($"Microsoft.ML no longer embeds {StopWordsResource}.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
