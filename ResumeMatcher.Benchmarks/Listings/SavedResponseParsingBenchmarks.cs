using BenchmarkDotNet.Attributes;
using ResumeMatcher.Core.Listings.Sources;

namespace ResumeMatcher.Benchmarks.Listings;

/// <summary>
/// Parsing saved board responses into listings (clean text included), per response: the Indeed pages are the heavy
/// ones (AngleSharp over 0.7-1.5 MB of HTML plus the embedded JSON). Reads ../shared/data/job_board_responses.
/// </summary>
[MemoryDiagnoser]
public class SavedResponseParsingBenchmarks
{
    private readonly Dictionary<string, (string Source, string Content)> _responses = [];

    [Params("indeed_us", "indeed_in", "linkedin", "remotive", "remoteok", "greenhouse")]
    public string Response { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var data = Environment.GetEnvironmentVariable("RESUMEMATCHER_DATA_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(FindRoot(), "..", "shared", "data");
        var folder = Path.Combine(data, "job_board_responses");
        _responses["indeed_us"] = ("indeed", File.ReadAllText(Path.Combine(folder, "indeed_serp_us_all_jobs.html")));
        _responses["indeed_in"] = ("indeed", File.ReadAllText(Path.Combine(folder, "indeed_serp_in_java_bengaluru.html")));
        _responses["linkedin"] = ("linkedin", File.ReadAllText(Path.Combine(folder, "linkedin_guest_search_fragment.html")));
        _responses["remotive"] = ("remotive", File.ReadAllText(Path.Combine(folder, "remotive_api_2026-07.json")));
        _responses["remoteok"] = ("remoteok", File.ReadAllText(Path.Combine(folder, "remoteok_api_2026-03.json")));
        _responses["greenhouse"] = ("greenhouse", File.ReadAllText(Path.Combine(folder, "greenhouse_board_api_smarterdx_sample.json")));
    }

    [Benchmark]
    public int Parse()
    {
        var (source, content) = _responses[Response];
        return SavedResponseParser.Parse(source, content).Count;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResumeMatcher.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResumeMatcher.sln not found above the benchmark binaries.");
    }
}
