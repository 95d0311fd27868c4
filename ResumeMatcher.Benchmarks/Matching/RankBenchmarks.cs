using BenchmarkDotNet.Attributes;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>One resume ranked against the prebuilt index (the product's way), per corpus size.</summary>
[MemoryDiagnoser]
public class RankBenchmarks
{
    private ListingIndex _index = null!;
    private MatchRequest[] _requests = [];
    private readonly MatchingOptions _options = new();
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (skills, titles, profiles) = BenchmarkCorpus.Extractors();
        _index = ListingIndex.Build(BenchmarkCorpus.Listings(Listings, skills), titles);
        _requests = BenchmarkCorpus.Resumes(8).Select(text => new MatchRequest(text, profiles.Extract(text), _options.DefaultMinScore, _options.DefaultLimit)).ToArray();
    }

    /// <summary>Resumes taken in turn, so the measure is not one lucky query.</summary>
    [Benchmark]
    public int RankOneResume() => _index.Rank(_requests[_next++ % _requests.Length], _options).Count;
}
