using System.Runtime.InteropServices;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Learns the TF-IDF model and its inverted index in one streaming pass over the corpus: each document's words
/// (from <see cref="TextTokenizer"/>) become term numbers and counts that go straight into per-term compressed
/// posting lists (chains of blocks in fixed pages, <see cref="PostingBlocks"/>: nothing is doubled and copied, and
/// the lists are used in place by the index), so neither the texts nor per-document vectors are kept. The per-term
/// state lives in fixed chunks too, so a growing vocabulary leaves no resized arrays behind. At the end the IDFs
/// (ln(documents / document frequency), as ML.NET's TF-IDF weighting) and each document's norm are computed from the
/// postings.
/// </summary>
internal sealed class TermPostingsBuilder
{
    private const int ChunkBits = 11;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly TermVocabulary _vocabulary = new();
    private readonly PostingBlocks _blocks = new();
    private readonly List<int> _terms = [];
    private readonly List<int> _distinct = [];
    private readonly List<TermState[]> _states = [];

    public int Documents { get; private set; }

    /// <summary>Adds the next document (documents are numbered in the order they are added).</summary>
    public void Add(ReadOnlySpan<ReadOnlyMemory<char>> words)
    {
        var document = Documents++;
        _terms.Clear();
        _distinct.Clear();
        _vocabulary.AppendTerms(words, _terms, learn: true);
        while (_states.Count * ChunkSize < _vocabulary.Count)
        {
            _states.Add(new TermState[ChunkSize]);
        }

        var states = CollectionsMarshal.AsSpan(_states);
        foreach (var term in CollectionsMarshal.AsSpan(_terms))
        {
            if (states[term >> ChunkBits][term & ChunkMask].CountIn++ == 0)
            {
                _distinct.Add(term);
            }
        }

        foreach (var term in CollectionsMarshal.AsSpan(_distinct))
        {
            ref var state = ref states[term >> ChunkBits][term & ChunkMask];
            Append(ref state, document, (uint)state.CountIn);
            state.CountIn = 0;
        }
    }

    /// <summary>The model and the index; the builder must not be used afterwards.</summary>
    public (TfIdfVectorizer Vectorizer, TermPostings Postings) Build(TextTokenizer tokenizer)
    {
        var termCount = _vocabulary.Count;
        var idf = new float[termCount];
        var heads = new int[termCount];
        var documentFrequency = new int[termCount];
        for (var t = 0; t < termCount; t++)
        {
            ref var state = ref _states[t >> ChunkBits][t & ChunkMask];
            heads[t] = state.Head;
            documentFrequency[t] = state.Frequency;
            idf[t] = (float)Math.Log((double)Documents / state.Frequency);
        }

        _states.Clear();
        _states.TrimExcess();

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

    private void Append(ref TermState state, int document, uint count)
    {
        Span<byte> entry = stackalloc byte[10];
        var gap = (uint)(document - state.NextDocument);
        var length = WriteVarint(entry, 0, (gap << 1) | (count > 1 ? 1u : 0u));
        if (count > 1)
        {
            length = WriteVarint(entry, length, count);
        }

        if (state.Frequency == 0)
        {
            state.Head = state.Position = _blocks.Allocate(PostingBlocks.NextPayload(0));
            state.End = state.Position + PostingBlocks.NextPayload(0);
        }

        var position = state.Position;
        var end = state.End;
        var held = state.Held;
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

        state.Position = position;
        state.End = end;
        state.Held = held;
        state.NextDocument = document + 1;
        state.Frequency++;
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

    /// <summary>
    /// A term while building: first block, next write address, end of the current block's payload, payload bytes
    /// held, previous document + 1, document frequency, and its count in the document being added (else 0).
    /// </summary>
    private struct TermState
    {
        public int Head;
        public int Position;
        public int End;
        public int Held;
        public int NextDocument;
        public int Frequency;
        public int CountIn;
    }
}
