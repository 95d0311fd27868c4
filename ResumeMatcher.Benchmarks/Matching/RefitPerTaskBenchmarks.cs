using BenchmarkDotNet.Attributes;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>
/// The seed's design, as the baseline: inside each task, fit TF-IDF on the resume plus the listings, vectorise them
/// all and take the cosines. 100k is left out: a single operation takes minutes.
/// </summary>
[MemoryDiagnoser]
public class RefitPerTaskBenchmarks
{
    private IReadOnlyList<JobListing> _listings = [];
    private string _resume = "";

    [Params(1_000, 10_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (skills, _, _) = BenchmarkCorpus.Extractors();
        _listings = BenchmarkCorpus.Listings(Listings, skills);
        _resume = BenchmarkCorpus.Resumes(1)[0];
    }

    [Benchmark(Baseline = true)]
    public int RefitPerTask()
    {
        var texts = _listings.Select(ListingIndex.DocumentText).Prepend(_resume).ToList();
        var vectorizer = MlNetTfIdfModel.Fit(texts);
        var vectors = vectorizer.TransformMany(texts);
        var above = 0;
        for (var i = 1; i < vectors.Count; i++)
        {
            if (vectors[0].Dot(vectors[i]) >= 0.2f)
            {
                above++;
            }
        }

        return above;
    }
}
