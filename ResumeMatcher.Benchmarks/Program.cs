using BenchmarkDotNet.Running;
using ResumeMatcher.Benchmarks.Resumes;

// Run with: dotnet run -c Release --project ResumeMatcher.Benchmarks -- --filter '*'
// The suites read ../shared/data (or $RESUMEMATCHER_DATA_DIR); see README.md, "Benchmarks".
var suites = new List<Type> { typeof(PdfExtractionBenchmarks), typeof(ProfileExtractionBenchmarks) };
if (PopplerReferenceBenchmarks.IsAvailable)
{
    suites.Add(typeof(PopplerReferenceBenchmarks));
}
else
{
    Console.WriteLine("pdftotext (poppler-utils) is not installed: the poppler reference benchmark is skipped. "
        + "Install it with: apt-get install -y poppler-utils");
}

BenchmarkSwitcher.FromTypes([.. suites]).Run(args);
