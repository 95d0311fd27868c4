using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Tests.Matching;

public sealed class FieldRankingTests(PostingCorpus corpus) : IClassFixture<PostingCorpus>
{
    /// <summary>
    /// Measured 0.428 with the default weights (cosine alone 0.440) over 103 resumes in 21 categories; before the
    /// tokeniser fix the same measure was 0.413 (cosine alone 0.395). The floor keeps the gain.
    /// </summary>
    private const double Floor = 0.42;

    [Fact]
    public void Resumes_rank_postings_of_their_own_field_first()
    {
        var (postings, index) = corpus.Require();
        var resumes = PostingCorpus.RequireLabelledResumes();

        var measure = FieldRankingMeasure.Compute(resumes, postings, FieldRankingMeasure.WithIndex(index, postings, corpus.Profiles, new MatchingOptions()));

        TestContext.Current.SendDiagnosticMessage(
            $"Field ranking: mean precision@{FieldRankingMeasure.K} {measure.MeanPrecision:F3} over {measure.Resumes} resumes in {measure.Categories} categories");
        Assert.True(measure.Resumes >= 80, $"only {measure.Resumes} resumes took part");
        Assert.True(measure.MeanPrecision >= Floor, $"precision@{FieldRankingMeasure.K} {measure.MeanPrecision:F3} is below {Floor}");
    }
}
