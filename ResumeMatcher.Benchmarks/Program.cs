using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ResumeMatcher.Benchmarks.Load;
using ResumeMatcher.Benchmarks.Matching;
using ResumeMatcher.Benchmarks.Resumes;

// Run with: dotnet run -c Release --project ResumeMatcher.Benchmarks -- --filter '*'
// Peak memory of a process holding the index: dotnet run -c Release --project ResumeMatcher.Benchmarks -- memory 100000
// The suites read ../shared/data (or $RESUMEMATCHER_DATA_DIR); see README.md, "Benchmarks".
if (args is ["memory", var size])
{
    return MemoryProbe.Run(int.Parse(size, CultureInfo.InvariantCulture));
}

// A load test against a running system: dotnet run -c Release --project ResumeMatcher.Benchmarks -- load http://localhost:5180 samples/sample-resume.pdf 32 1000
if (args is ["load", var url, var file, var clients, var tasks])
{
    return await LoadTest.RunAsync(new Uri(url), file, int.Parse(clients, CultureInfo.InvariantCulture), int.Parse(tasks, CultureInfo.InvariantCulture), CancellationToken.None);
}

var suites = typeof(Program).Assembly.GetTypes()
    .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes(typeof(BenchmarkAttribute), false).Length > 0))
    .ToList();
if (!PopplerReferenceBenchmarks.IsAvailable)
{
    suites.Remove(typeof(PopplerReferenceBenchmarks));
    Console.WriteLine("pdftotext (poppler-utils) is not installed: the poppler reference benchmark is skipped. "
        + "Install it with: apt-get install -y poppler-utils");
}

BenchmarkSwitcher.FromTypes([.. suites]).Run(args);
return 0;
