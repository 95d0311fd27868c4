namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The inverted index of the TF-IDF vectors, compressed: for each term, the listings that hold it in ascending order,
/// each as one variable-length integer (the gap from the previous listing, shifted left once, the low bit set when the
/// term occurs more than once) followed, only then, by its count. A listing's weight for a term is
/// count × IDF(term) / norm(listing), so one float per listing (the inverse norm) and one per term (the IDF) replace a
/// float per posting: about 1.2 bytes a posting instead of 8.
/// </summary>
internal sealed class TermPostings(int[] start, byte[] data, float[] inverseNorms)
{
    public int Documents => inverseNorms.Length;

    public long SizeInBytes => data.LongLength + (start.LongLength * sizeof(int)) + (inverseNorms.LongLength * sizeof(float));

    /// <summary>1 / the L2 norm of the listing's TF-IDF vector (0 for a listing with no weighted term).</summary>
    public float InverseNorm(int document) => inverseNorms[document];

    /// <summary>Adds <paramref name="scale"/> × count(term, listing) to <paramref name="sums"/> for every listing holding the term.</summary>
    public void Accumulate(int term, float scale, float[] sums)
    {
        if ((uint)term >= (uint)(start.Length - 1) || scale == 0)
        {
            return;
        }

        var bytes = data;
        var p = start[term];
        var end = start[term + 1];
        var document = 0;
        while (p < end)
        {
            var entry = ReadVarint(bytes, ref p);
            document += (int)(entry >> 1);
            var count = (entry & 1) == 0 ? 1u : ReadVarint(bytes, ref p);
            sums[document] += scale * count;
            document++;
        }
    }

    /// <summary>Calls <paramref name="visit"/> with (listing, count) for each posting of each term, term by term.</summary>
    public void ForEach(Action<int, int, uint> visit)
    {
        for (var term = 0; term < start.Length - 1; term++)
        {
            var p = start[term];
            var end = start[term + 1];
            var document = 0;
            while (p < end)
            {
                var entry = ReadVarint(data, ref p);
                document += (int)(entry >> 1);
                var count = (entry & 1) == 0 ? 1u : ReadVarint(data, ref p);
                visit(term, document, count);
                document++;
            }
        }
    }

    public static int WriteVarint(byte[] buffer, int position, uint value)
    {
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        return position;
    }

    private static uint ReadVarint(byte[] bytes, ref int position)
    {
        uint value = bytes[position++];
        if (value < 0x80)
        {
            return value;
        }

        value &= 0x7f;
        var shift = 7;
        uint next;
        do
        {
            next = bytes[position++];
            value |= (next & 0x7f) << shift;
            shift += 7;
        }
        while (next >= 0x80);
        return value;
    }
}
