using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project ResumeMatcher.Benchmarks -- --filter '*'
// The suites read ../shared/data (or $RESUMEMATCHER_DATA_DIR); see README.md, "Benchmarks".
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
