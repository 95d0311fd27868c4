using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>Building the index (fit TF-IDF over the corpus, vectorise, invert), per corpus size.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BuildBenchmarks
{
    private IReadOnlyList<JobListing> _listings = [];
    private JobTitleExtractor _titles = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (skills, titles, _) = BenchmarkCorpus.Extractors();
        _titles = titles;
        _listings = BenchmarkCorpus.Listings(Listings, skills);
    }

    [Benchmark]
    public int BuildIndex() => ListingIndex.Build(_listings, _titles).Count;
}
