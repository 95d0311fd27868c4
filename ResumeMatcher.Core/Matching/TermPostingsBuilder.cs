using System.Runtime.InteropServices;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Learns the TF-IDF model and its inverted index in one streaming pass over the corpus: each document's words
/// (from <see cref="TextTokenizer"/>) become term numbers and counts that go straight into per-term compressed
/// posting lists (chains of blocks in fixed pages, <see cref="PostingBlocks"/>: nothing is doubled and copied, and
/// the lists are used in place by the index), so neither the texts nor per-document vectors are kept. At the end the
/// IDFs (ln(documents / document frequency), as ML.NET's TF-IDF weighting) and each document's norm are computed
/// from the postings.
/// </summary>
internal sealed class TermPostingsBuilder
{
    private const int InitialTerms = 1 << 16;

    private readonly TermVocabulary _vocabulary = new();
    private readonly PostingBlocks _blocks = new();
    private readonly List<int> _terms = [];
    private readonly List<int> _distinct = [];

    // Per term: first block, next write address, end of the current block's payload, payload bytes held, previous
    // document + 1, document frequency, and (while a document is being added, else 0) its count in that document.
    private int[] _heads = new int[InitialTerms];
    private int[] _positions = new int[InitialTerms];
    private int[] _ends = new int[InitialTerms];
    private int[] _held = new int[InitialTerms];
    private int[] _nextDocument = new int[InitialTerms];
    private int[] _documentFrequency = new int[InitialTerms];
    private int[] _countIn = new int[InitialTerms];

    public int Documents { get; private set; }

    /// <summary>Adds the next document (documents are numbered in the order they are added).</summary>
    public void Add(ReadOnlySpan<ReadOnlyMemory<char>> words)
    {
        var document = Documents++;
        _terms.Clear();
        _distinct.Clear();
        _vocabulary.AppendTerms(words, _terms, learn: true);
        EnsureTerms(_vocabulary.Count);
        var countIn = _countIn;
        foreach (var term in CollectionsMarshal.AsSpan(_terms))
        {
            if (countIn[term]++ == 0)
            {
                _distinct.Add(term);
            }
        }

        foreach (var term in CollectionsMarshal.AsSpan(_distinct))
        {
            Append(term, document, (uint)countIn[term]);
            countIn[term] = 0;
        }
    }

    /// <summary>The model and the index; the builder must not be used afterwards.</summary>
    public (TfIdfVectorizer Vectorizer, TermPostings Postings) Build(TextTokenizer tokenizer)
    {
        var termCount = _vocabulary.Count;
        var idf = new float[termCount];
        for (var t = 0; t < termCount; t++)
        {
            idf[t] = (float)Math.Log((double)Documents / _documentFrequency[t]);
        }

        var heads = _heads.AsSpan(0, termCount).ToArray();
        var documentFrequency = _documentFrequency.AsSpan(0, termCount).ToArray();
        _heads = _positions = _ends = _held = _nextDocument = _documentFrequency = _countIn = [];
        _vocabulary.TrimExcess();

        var squares = new double[Documents];
        var inverseNorms = new float[Documents];
        var postings = new TermPostings(_blocks.Freeze(), heads, documentFrequency, inverseNorms);
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
        Span<byte> entry = stackalloc byte[10];
        var gap = (uint)(document - _nextDocument[term]);
        var length = WriteVarint(entry, 0, (gap << 1) | (count > 1 ? 1u : 0u));
        if (count > 1)
        {
            length = WriteVarint(entry, length, count);
        }

        int position, end;
        if (_documentFrequency[term] == 0)
        {
            _heads[term] = position = _blocks.Allocate(PostingBlocks.NextPayload(0));
            end = position + PostingBlocks.NextPayload(0);
        }
        else
        {
            position = _positions[term];
            end = _ends[term];
        }

        var held = _held[term];
        var page = _blocks.Page(position);
        foreach (var b in entry[..length])
        {
            if (position == end)
            {
                var payload = PostingBlocks.NextPayload(held);
                var next = _blocks.Allocate(payload);
                BitConverter.TryWriteBytes(page.AsSpan(end & PostingBlocks.OffsetMask), next);
                page = _blocks.Page(next);
                position = next;
                end = next + payload;
            }

            page[position & PostingBlocks.OffsetMask] = b;
            position++;
            held++;
        }

        _positions[term] = position;
        _ends[term] = end;
        _held[term] = held;
        _nextDocument[term] = document + 1;
        _documentFrequency[term]++;
    }

    private static int WriteVarint(Span<byte> buffer, int position, uint value)
    {
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        return position;
    }

    private void EnsureTerms(int count)
    {
        if (count <= _heads.Length)
        {
            return;
        }

        var size = Math.Max(count, _heads.Length + (_heads.Length / 2));
        Array.Resize(ref _heads, size);
        Array.Resize(ref _positions, size);
        Array.Resize(ref _ends, size);
        Array.Resize(ref _held, size);
        Array.Resize(ref _nextDocument, size);
        Array.Resize(ref _documentFrequency, size);
        Array.Resize(ref _countIn, size);
    }
}
