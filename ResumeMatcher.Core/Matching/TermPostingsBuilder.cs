using System.Runtime.InteropServices;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Learns the TF-IDF model and its inverted index in one streaming pass over the corpus: each document's words
/// (from <see cref="TextTokenizer"/>) become term numbers and counts that go straight into per-term compressed
/// posting lists, so neither the texts nor per-document vectors are kept. At the end the IDFs
/// (ln(documents / document frequency), as ML.NET's TF-IDF weighting) and each document's norm are computed from the
/// postings, and the lists are packed into one array (<see cref="TermPostings"/>).
/// </summary>
internal sealed class TermPostingsBuilder
{
    private const int MaxEntryBytes = 10;

    private readonly TermVocabulary _vocabulary = new();
    private readonly List<int> _terms = [];
    private byte[]?[] _buffers = new byte[]?[4096];
    private int[] _lengths = new int[4096];
    private int[] _nextDocument = new int[4096];
    private int[] _documentFrequency = new int[4096];

    public int Documents { get; private set; }

    /// <summary>Adds the next document (documents are numbered in the order they are added).</summary>
    public void Add(ReadOnlySpan<ReadOnlyMemory<char>> words)
    {
        var document = Documents++;
        _terms.Clear();
        _vocabulary.AppendTerms(words, _terms, learn: true);
        EnsureTerms(_vocabulary.Count);
        var terms = CollectionsMarshal.AsSpan(_terms);
        terms.Sort();
        for (var i = 0; i < terms.Length;)
        {
            var term = terms[i];
            var j = i + 1;
            while (j < terms.Length && terms[j] == term)
            {
                j++;
            }

            Append(term, document, (uint)(j - i));
            i = j;
        }
    }

    /// <summary>The model and the packed index; the builder must not be used afterwards.</summary>
    public (TfIdfVectorizer Vectorizer, TermPostings Postings) Build(TextTokenizer tokenizer)
    {
        var termCount = _vocabulary.Count;
        var idf = new float[termCount];
        for (var t = 0; t < termCount; t++)
        {
            idf[t] = (float)Math.Log((double)Documents / _documentFrequency[t]);
        }

        var start = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
        {
            start[t + 1] = checked(start[t] + _lengths[t]);
        }

        var data = new byte[start[termCount]];
        for (var t = 0; t < termCount; t++)
        {
            _buffers[t].AsSpan(0, _lengths[t]).CopyTo(data.AsSpan(start[t]));
            _buffers[t] = null;
        }

        _buffers = [];
        _lengths = _nextDocument = _documentFrequency = [];
        _vocabulary.TrimExcess();

        var squares = new double[Documents];
        var inverseNorms = new float[Documents];
        var postings = new TermPostings(start, data, inverseNorms);
        postings.ForEach((term, document, count) =>
        {
            var weight = (double)(float)(count * (double)idf[term]);
            squares[document] += weight * weight;
        });
        for (var d = 0; d < Documents; d++)
        {
            inverseNorms[d] = squares[d] > 0 ? (float)(1 / Math.Sqrt(squares[d])) : 0f;
        }

        return (new TfIdfVectorizer(tokenizer, _vocabulary, idf), postings);
    }

    private void Append(int term, int document, uint count)
    {
        var buffer = _buffers[term];
        var length = _lengths[term];
        if (buffer is null || buffer.Length - length < MaxEntryBytes)
        {
            Array.Resize(ref buffer, Math.Max(16, (buffer?.Length ?? 0) * 2));
            _buffers[term] = buffer;
        }

        var gap = (uint)(document - _nextDocument[term]);
        length = TermPostings.WriteVarint(buffer, length, (gap << 1) | (count > 1 ? 1u : 0u));
        if (count > 1)
        {
            length = TermPostings.WriteVarint(buffer, length, count);
        }

        _lengths[term] = length;
        _nextDocument[term] = document + 1;
        _documentFrequency[term]++;
    }

    private void EnsureTerms(int count)
    {
        if (count <= _buffers.Length)
        {
            return;
        }

        var size = Math.Max(count, _buffers.Length * 2);
        Array.Resize(ref _buffers, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _nextDocument, size);
        Array.Resize(ref _documentFrequency, size);
    }
}
