using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Tests.Matching;

public sealed class ListingIndexTests(PostingCorpus corpus) : IClassFixture<PostingCorpus>
{
    private const double Tolerance = 1e-4;

    public static TheoryData<string?, bool?, double, int> Requests => new()
    {
        { null, null, 0.0, 50 },
        { null, null, 0.2, 10 },
        { null, null, 0.05, 100 },
        { ", CA", null, 0.0, 20 },
        { "new york", null, 0.0, 20 },
        { null, true, 0.0, 20 },
        { null, false, 0.0, 20 },
        { "sacramento", false, 0.0, 20 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Index_ranks_real_postings_like_a_brute_force_computation(string? location, bool? remote, double minScore, int limit)
    {
        var (postings, index) = corpus.Require();
        var resumes = PostingCorpus.RequireLabelledResumes();
        var bruteForce = new BruteForceRanking(postings, index.Vectorizer!, corpus.Titles);
        var byId = postings.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var options = new MatchingOptions();
        var compared = 0;

        // Every fourth distinct resume (about 30, across all categories), plus three postings used as queries.
        var queries = resumes.Where((_, i) => i % 4 == 0).Select(r => r.Text)
            .Concat(postings.Where((_, i) => i % 997 == 0).Select(p => $"{p.Title}\n{p.Description}"));
        foreach (var text in queries)
        {
            var request = new MatchRequest(text, corpus.Profiles.Extract(text), minScore, limit, location, remote);
            var expected = bruteForce.Rank(request, options);
            var actual = index.Rank(request, options);

            Assert.Equal(Math.Min(limit, expected.Count), actual.Count);
            var expectedScores = expected.ToDictionary(e => e.Listing.Id, e => e);
            for (var i = 0; i < actual.Count; i++)
            {
                // Same listing at each rank, or one whose score ties (within float rounding) with the expected one.
                Assert.Equal(expected[i].Score, actual[i].Score, Tolerance);
                Assert.True(expectedScores.TryGetValue(actual[i].ListingId, out var same), "the index ranked a listing the brute force left out");
                Assert.Equal(same.Score, actual[i].Score, Tolerance);
                Assert.Equal(same.Components.Cosine, actual[i].Components.Cosine, Tolerance);
                Assert.Equal(same.Components.SkillCoverage, actual[i].Components.SkillCoverage, Tolerance);
                Assert.Equal(same.Components.TitleSimilarity, actual[i].Components.TitleSimilarity, Tolerance);
                Assert.True(request.Admits(byId[actual[i].ListingId]));
                Assert.True(actual[i].Score >= minScore - Tolerance);
                if (i > 0)
                {
                    Assert.True(actual[i].Score <= actual[i - 1].Score, "results are not in descending score order");
                }
            }

            compared += actual.Count;
        }

        Assert.True(compared > 0, "no request returned any match to compare");
    }

    [Theory]
    [InlineData("Data Scientist\nPython, SQL\nMachine learning\nStatistics", "Data Scientist Python SQL Machine learning Statistics")]
    [InlineData("Java/Python/SQL developer (Spring; Hibernate)", "Java Python SQL developer Spring Hibernate")]
    public void Line_breaks_and_punctuation_separate_words_like_spaces(string written, string spaced)
    {
        // ML.NET's tokeniser splits on spaces only: "Scientist\nPython" was one token that no listing had, so the
        // cosines of multi-line resumes came out near zero.
        var (_, index) = corpus.Require();
        var a = index.Vectorizer!.Transform(written);
        var b = index.Vectorizer.Transform(spaced);

        Assert.False(a.IsEmpty);
        Assert.Equal(1.0, a.Dot(b), 1e-4);
    }

    [Fact]
    public void Matches_explain_matched_and_missing_skills_and_components()
    {
        var (postings, index) = corpus.Require();
        var byId = postings.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var resume = PostingCorpus.RequireLabelledResumes().First(r => r.Category == "Java Developer");
        var options = new MatchingOptions();
        var matches = index.Rank(new MatchRequest(resume.Text, corpus.Profiles.Extract(resume.Text), 0, 10), options);

        Assert.NotEmpty(matches);
        Assert.Contains(matches, m => m.MatchedSkills.Count > 0);
        foreach (var match in matches)
        {
            Assert.Equal(
                byId[match.ListingId].Skills.Order(StringComparer.Ordinal),
                match.MatchedSkills.Concat(match.MissingSkills).Order(StringComparer.Ordinal));
            var blended = (options.CosineWeight * match.Components.Cosine) + (options.SkillWeight * match.Components.SkillCoverage)
                + (options.TitleWeight * match.Components.TitleSimilarity);
            Assert.Equal(blended, match.Score, 1e-3);
        }
    }
}
