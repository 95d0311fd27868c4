using System.Diagnostics;
using System.Runtime;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>
/// <c>dotnet run -c Release --project ResumeMatcher.Benchmarks -- memory 100000</c>: builds the index in this process
/// from listings made one at a time (as the Worker streams them from the cache: the corpus, not even its real postings, is never held), ranks a
/// few resumes, collects garbage, and prints the process's peak and current resident memory (VmHWM, VmRSS from
/// /proc/self/status): what a Worker holding the index needs, not allocations. The build time printed is the
/// builder's alone (its phases too); making the corpus (reading and skill-tagging the real postings, varying copies)
/// is timed apart, as the Worker reads listings already tagged from its cache.
/// </summary>
public static class MemoryProbe
{
    public static int Run(int size)
    {
        var (skills, titles, profiles) = BenchmarkCorpus.Extractors();
        var resumes = BenchmarkCorpus.Resumes(8);
        Console.WriteLine($"before the build: {Status()}");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (index, corpusTime, timings) = Build(size, skills, titles);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"corpus made (read, tagged, varied) in {corpusTime.TotalSeconds:F2} s, apart from the build; "
            + $"process CPU time over corpus and build {cpu.TotalSeconds:F2} s (all threads, GC included)");
        Console.WriteLine($"index of {index.Count} listings built by the builder in {timings.Total.TotalSeconds:F2} s "
            + $"(fields {timings.Fields.TotalSeconds:F2} s, words and postings {timings.Words.TotalSeconds:F2} s, finish {timings.Finish.TotalSeconds:F2} s; "
            + $"{index.Vectorizer?.TermCount ?? 0} terms, postings {index.PostingBytes / 1048576.0:F1} MB); {Status()}");
        // As the Worker's ListingIndexProvider does after each build.
        ListingIndexBuilder.ReleaseBuildMemory();
        Console.WriteLine($"build memory released; {Status()}");
        var options = new MatchingOptions();
        var matches = resumes.Sum(text => index.Rank(new MatchRequest(text, profiles.Extract(text), options.DefaultMinScore, options.DefaultLimit), options).Count);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"{resumes.Count} resumes ranked ({matches} matches), garbage collected; {Status()}; managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB");
        GC.KeepAlive(index);
        return 0;
    }

    /// <summary>Drives the builder by hand so the time spent making listings is not counted as build time.</summary>
    private static (ListingIndex Index, TimeSpan Corpus, ListingIndexBuildTimings Timings) Build(int size, Core.Skills.SkillExtractor skills, Core.Skills.JobTitleExtractor titles)
    {
        var builder = new ListingIndexBuilder(titles);
        var corpus = TimeSpan.Zero;
        using (var listings = BenchmarkCorpus.StreamSpooled(size, skills).GetEnumerator())
        {
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                var more = listings.MoveNext();
                corpus += Stopwatch.GetElapsedTime(started);
                if (!more)
                {
                    break;
                }

                builder.Add(listings.Current);
            }
        }

        var index = builder.Build();
        return (index, corpus, builder.Timings);
    }

    private static string Status() => string.Join(", ", File.ReadLines("/proc/self/status")
        .Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal))
        .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))));
}
