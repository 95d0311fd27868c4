using System.Globalization;
using BenchmarkDotNet.Running;
using ResumeMatcher.Benchmarks.Matching;

// Run with: dotnet run -c Release --project ResumeMatcher.Benchmarks -- --filter '*'
// Peak memory of a process holding the index: dotnet run -c Release --project ResumeMatcher.Benchmarks -- memory 100000
// The suites read ../shared/data (or $RESUMEMATCHER_DATA_DIR).
if (args is ["memory", var size])
{
    return MemoryProbe.Run(int.Parse(size, CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
