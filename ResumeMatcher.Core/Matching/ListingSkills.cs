namespace ResumeMatcher.Core.Matching;

/// <summary>
/// The listings' skills as the index keeps them: each listing's skills (as written, in order) as numbers into one
/// table of names, how many distinct skills each has (case-insensitive), and from each skill to its listings.
/// </summary>
internal sealed record ListingSkills(
    string[] Names,
    int[] ListingStart,
    int[] ListingSkillNumbers,
    int[] DistinctCount,
    Dictionary<string, int[]> Listings)
{
    public static ListingSkills Empty { get; } = new([], [0], [], [], new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The listing's skills as written, in order.</summary>
    public IEnumerable<string> Of(int listing)
    {
        for (var k = ListingStart[listing]; k < ListingStart[listing + 1]; k++)
        {
            yield return Names[ListingSkillNumbers[k]];
        }
    }
}
