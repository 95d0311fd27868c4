using System.Globalization;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Tests.Matching;

/// <summary>
/// The postings are chains of blocks whose entries run on from one block to the next; these listings make lists
/// that span many blocks, with counts and gaps of one, two and three varint bytes, and check every cosine against
/// the brute-force computation.
/// </summary>
public sealed class PostingBlockTests
{
    private const int Count = 40_000;

    private static readonly JobTitleExtractor Titles = new(JobTitleCatalog.LoadEmbedded());

    [Theory]
    [InlineData("alpha")]
    [InlineData("alpha beta")]
    [InlineData("rare sparse alpha")]
    [InlineData("gamma7 gamma13 beta alpha")]
    public void Long_lists_spanning_blocks_score_like_a_brute_force_computation(string query)
    {
        var listings = Enumerable.Range(0, Count).Select(Listing).ToList();
        var index = ListingIndex.Build(listings, Titles);
        var bruteForce = new BruteForceRanking(listings, index.Vectorizer!, Titles);
        var options = new MatchingOptions { SkillWeight = 0, TitleWeight = 0, CosineWeight = 1 };
        var request = new MatchRequest(query, new ResumeProfile([], []), 0, Count);

        var expected = bruteForce.Rank(request, options).ToDictionary(e => e.Listing.Id, e => e.Components.Cosine);
        var actual = index.Rank(request, options);

        Assert.NotEmpty(actual);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var match in actual)
        {
            Assert.Equal(expected[match.ListingId], match.Components.Cosine, 1e-4);
        }
    }

    /// <summary>
    /// "alpha" in six listings of seven (in all, its IDF would be 0), 1 to 300 times (counts of one and two bytes); "beta" in every third; "rare" in every
    /// 200th (gaps of two bytes) and "sparse" in every 20,000th (gaps of three bytes); "gammaN" cycling through 50 words.
    /// </summary>
    private static JobListing Listing(int i)
    {
        var words = new List<string>(Enumerable.Repeat("alpha", i % 7 == 6 ? 0 : 1 + (i % 300)));
        if (i % 3 == 0)
        {
            words.Add("beta");
        }

        if (i % 200 == 0)
        {
            words.Add("rare");
        }

        if (i % 20_000 == 7)
        {
            words.Add("sparse");
        }

        words.Add($"gamma{(i % 50).ToString(CultureInfo.InvariantCulture)}");
        var id = $"l{i.ToString(CultureInfo.InvariantCulture)}";
        return new JobListing
        {
            Id = id,
            Source = "test",
            ExternalId = id,
            Title = "Engineer",
            Company = "Acme",
            Location = "Berlin",
            Description = string.Join(' ', words),
            Url = $"https://example.com/{id}",
            Skills = [],
        };
    }
}
