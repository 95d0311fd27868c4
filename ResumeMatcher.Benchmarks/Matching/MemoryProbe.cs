using System.Diagnostics;
using System.Runtime;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>
/// <c>dotnet run -c Release --project ResumeMatcher.Benchmarks -- memory 100000</c>: builds the index in this process
/// from listings made one at a time (as the Worker streams them from the cache: the corpus is never held), ranks a
/// few resumes, collects garbage, and prints the process's peak and current resident memory (VmHWM, VmRSS from
/// /proc/self/status) with the build time: what a Worker holding the index needs, not allocations.
/// </summary>
public static class MemoryProbe
{
    public static int Run(int size)
    {
        var (skills, titles, profiles) = BenchmarkCorpus.Extractors();
        var resumes = BenchmarkCorpus.Resumes(8);
        Console.WriteLine($"before the build: {Status()}");
        var stopwatch = Stopwatch.StartNew();
        var index = ListingIndex.Build(BenchmarkCorpus.Stream(size, skills), titles);
        Console.WriteLine($"index of {index.Count} listings built in {stopwatch.Elapsed.TotalSeconds:F1} s "
            + $"({index.Vectorizer?.TermCount ?? 0} terms, postings {index.PostingBytes / 1048576.0:F1} MB); {Status()}");
        var options = new MatchingOptions();
        var matches = resumes.Sum(text => index.Rank(new MatchRequest(text, profiles.Extract(text), options.DefaultMinScore, options.DefaultLimit), options).Count);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"{resumes.Count} resumes ranked ({matches} matches), garbage collected; {Status()}; managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB");
        GC.KeepAlive(index);
        return 0;
    }

    private static string Status() => string.Join(", ", File.ReadLines("/proc/self/status")
        .Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal))
        .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))));
}
