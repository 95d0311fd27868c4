using System.Diagnostics;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>
/// <c>dotnet run -c Release --project ResumeMatcher.Benchmarks -- memory 100000</c>: builds the index in this process,
/// ranks a few resumes, and prints the process's peak and current resident memory (VmHWM, VmRSS from
/// /proc/self/status) with the build time: what a Worker holding the index needs, not allocations.
/// </summary>
public static class MemoryProbe
{
    public static int Run(int size)
    {
        var (skills, titles, profiles) = BenchmarkCorpus.Extractors();
        var listings = BenchmarkCorpus.Listings(size, skills);
        var resumes = BenchmarkCorpus.Resumes(8);
        Console.WriteLine($"corpus of {listings.Count} listings read; {Status()}");
        var stopwatch = Stopwatch.StartNew();
        var index = ListingIndex.Build(listings, titles);
        Console.WriteLine($"index built in {stopwatch.Elapsed.TotalSeconds:F1} s");
        var options = new MatchingOptions();
        var matches = resumes.Sum(text => index.Rank(new MatchRequest(text, profiles.Extract(text), options.DefaultMinScore, options.DefaultLimit), options).Count);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine($"{resumes.Count} resumes ranked ({matches} matches); {Status()}; managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB");
        GC.KeepAlive(index);
        return 0;
    }

    private static string Status() => string.Join(", ", File.ReadLines("/proc/self/status")
        .Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal))
        .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))));
}
