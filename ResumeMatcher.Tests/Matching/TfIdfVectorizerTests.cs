using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Tests.Matching;

/// <summary>
/// The index's streaming TF-IDF (ML.NET's word stage, n-grams and IDF learnt in one pass) against ML.NET's own
/// n-gram TF-IDF transform fitted on the same corpus: the same weights for every listing and for unseen texts, so the
/// rankings are those of the ML.NET model.
/// </summary>
public sealed class TfIdfVectorizerTests(PostingCorpus corpus) : IClassFixture<PostingCorpus>
{
    private const double Tolerance = 1e-5;

    [Fact]
    public void Streaming_vectors_equal_those_of_the_MLNET_ngram_tfidf_transform()
    {
        var (postings, _) = corpus.Require();
        var texts = postings.Take(1500).Select(ListingIndex.DocumentText).ToList();
        var streaming = ListingIndex.Build(postings.Take(1500), corpus.Titles).Vectorizer!;
        var reference = MlNetTfIdfModel.Fit(texts);

        // Listings of the corpus, then texts it never saw: resumes (unknown words break 2-grams) and a made-up line.
        var queries = PostingCorpus.RequireLabelledResumes().Where((_, i) => i % 10 == 0).Select(r => r.Text)
            .Append("Zyxwvut engineer: Python/SQL, machine learning; qwertyuiop data")
            .ToList();
        var ours = streaming.TransformMany(texts);
        var theirs = reference.TransformMany(texts);
        var oursQueries = queries.Select(streaming.Transform).ToList();
        var theirsQueries = queries.Select(reference.Transform).ToList();

        Assert.Equal(reference.TermCount, streaming.TermCount);
        for (var i = 0; i < texts.Count; i++)
        {
            AssertSameWeights(theirs[i], ours[i]);
        }

        for (var q = 0; q < queries.Count; q++)
        {
            AssertSameWeights(theirsQueries[q], oursQueries[q]);
            for (var i = 0; i < texts.Count; i += 7)
            {
                Assert.Equal(theirsQueries[q].Dot(theirs[i]), oursQueries[q].Dot(ours[i]), Tolerance);
            }
        }
    }

    /// <summary>Term numbers differ between the two models; the sorted weights of a vector must not.</summary>
    private static void AssertSameWeights(SparseVector expected, SparseVector actual)
    {
        Assert.Equal(expected.Indices.Length, actual.Indices.Length);
        var a = expected.Values.Order().ToArray();
        var b = actual.Values.Order().ToArray();
        for (var k = 0; k < a.Length; k++)
        {
            Assert.Equal(a[k], b[k], Tolerance);
        }
    }
}
