namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The terms of the TF-IDF model: words and pairs of adjacent words (1- and 2-grams after stop-word removal, as
/// ML.NET's n-gram transform makes them), numbered in order of first appearance. A pair is keyed by its two word
/// numbers, so no 2-gram is ever held as text. A word the vocabulary does not know breaks the pairs around it
/// (ML.NET skips n-grams holding an unknown key).
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<long, int> _pairs = new(PairKeyComparer.Instance);

    public TermVocabulary() => _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many terms there are: term numbers are below this.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Appends the terms of a document's words to <paramref name="terms"/> (one entry per occurrence); with
    /// <paramref name="learn"/>, new words and pairs get numbers, else unknown ones are left out.
    /// </summary>
    public void AppendTerms(ReadOnlySpan<ReadOnlyMemory<char>> words, List<int> terms, bool learn)
    {
        var previous = -1;
        foreach (var memory in words)
        {
            var word = memory.Span;
            if (word.IsEmpty)
            {
                continue;
            }

            var term = learn ? LearnWord(word) : (_wordLookup.TryGetValue(word, out var known) ? known : -1);
            if (term >= 0)
            {
                terms.Add(term);
                if (previous >= 0)
                {
                    var key = ((long)previous << 32) | (uint)term;
                    if (learn)
                    {
                        terms.Add(LearnPair(key));
                    }
                    else if (_pairs.TryGetValue(key, out var pair))
                    {
                        terms.Add(pair);
                    }
                }
            }

            previous = term;
        }
    }

    private int LearnWord(ReadOnlySpan<char> word)
    {
        if (!_wordLookup.TryGetValue(word, out var term))
        {
            term = Count++;
            _wordLookup[word] = term;
        }

        return term;
    }

    private int LearnPair(long key)
    {
        if (!_pairs.TryGetValue(key, out var term))
        {
            term = Count++;
            _pairs[key] = term;
        }

        return term;
    }
}
