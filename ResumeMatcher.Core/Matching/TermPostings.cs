namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The inverted index of the TF-IDF vectors, compressed: for each term, the listings that hold it in ascending order,
/// each as one variable-length integer (the gap from the previous listing, shifted left once, the low bit set when the
/// term occurs more than once) followed, only then, by its count. A listing's weight for a term is
/// count × IDF(term) / norm(listing), so one float per listing (the inverse norm) and one per term (the IDF) replace a
/// float per posting: about 1.2 bytes a posting instead of 8.
/// <para>
/// A term's bytes lie in a chain of blocks inside fixed-size pages (<see cref="PostingBlocks"/>), as the builder
/// wrote them: the index is used in place, never copied into one packed array, so a build never holds two copies.
/// A term's entry count (its document frequency) says where its list ends.
/// </para>
/// </summary>
internal sealed class TermPostings(byte[][] pages, int[] heads, int[] documentFrequency, float[] inverseNorms)
{
    public int Documents => inverseNorms.Length;

    public long SizeInBytes
    {
        get
        {
            var bytes = (heads.LongLength + documentFrequency.LongLength) * sizeof(int) + (inverseNorms.LongLength * sizeof(float));
            foreach (var page in pages)
            {
                bytes += page.LongLength;
            }

            return bytes;
        }
    }

    /// <summary>1 / the L2 norm of the listing's TF-IDF vector (0 for a listing with no weighted term).</summary>
    public float InverseNorm(int document) => inverseNorms[document];

    /// <summary>Adds <paramref name="scale"/> × count(term, listing) to <paramref name="sums"/> for every listing holding the term.</summary>
    public void Accumulate(int term, float scale, float[] sums)
    {
        if ((uint)term >= (uint)heads.Length || scale == 0)
        {
            return;
        }

        var reader = new Reader(pages, heads[term]);
        var document = 0;
        for (var left = documentFrequency[term]; left > 0; left--)
        {
            var entry = reader.Next();
            document += (int)(entry >> 1);
            var count = (entry & 1) == 0 ? 1u : reader.NextInEntry();
            sums[document] += scale * count;
            document++;
        }
    }

    /// <summary>Calls <paramref name="visit"/> with (listing, count) for each posting of each term, term by term.</summary>
    public void ForEach(Action<int, int, uint> visit)
    {
        for (var term = 0; term < heads.Length; term++)
        {
            var reader = new Reader(pages, heads[term]);
            var document = 0;
            for (var left = documentFrequency[term]; left > 0; left--)
            {
                var entry = reader.Next();
                document += (int)(entry >> 1);
                var count = (entry & 1) == 0 ? 1u : reader.NextInEntry();
                visit(term, document, count);
                document++;
            }
        }
    }

    /// <summary>Walks one term's chain of blocks.</summary>
    private struct Reader
    {
        private readonly byte[][] _pages;
        private byte[] _page;
        private int _position;
        private int _end;
        private int _read;

        public Reader(byte[][] pages, int head)
        {
            _pages = pages;
            _page = pages[head >> PostingBlocks.PageBits];
            _position = head & PostingBlocks.OffsetMask;
            _end = _position + PostingBlocks.NextPayload(0);
            _read = 0;
        }

        public uint Next() => NextInEntry();

        public uint NextInEntry()
        {
            uint value = NextByte();
            if (value < 0x80)
            {
                return value;
            }

            value &= 0x7f;
            var shift = 7;
            uint next;
            do
            {
                next = NextByte();
                value |= (next & 0x7f) << shift;
                shift += 7;
            }
            while (next >= 0x80);
            return value;
        }

        private byte NextByte()
        {
            if (_position == _end)
            {
                var next = BitConverter.ToInt32(_page, _end);
                _page = _pages[next >> PostingBlocks.PageBits];
                _position = next & PostingBlocks.OffsetMask;
                _end = _position + PostingBlocks.NextPayload(_read);
            }

            _read++;
            return _page[_position++];
        }
    }
}
