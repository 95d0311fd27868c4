namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Hashes a pair of word numbers packed in a long. <c>long.GetHashCode</c> is the high half XOR the low half, so for
/// small dense word numbers every pair (a, b) with the same a ^ b shares a hash: millions of 2-grams fell into a few
/// hundred thousand chains, and building the vocabulary of 10k listings took seconds. A multiplicative (Fibonacci)
/// hash spreads them.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
