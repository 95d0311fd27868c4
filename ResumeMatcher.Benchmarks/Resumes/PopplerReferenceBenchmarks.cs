using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ResumeMatcher.Benchmarks.Resumes;

/// <summary>
/// Poppler's <c>pdftotext</c> over the same PDFs, as a reference: one process per file (as a service shelling out
/// would run it), text to standard output. Left out of the run, with a message, where pdftotext is not installed.
/// </summary>
[Config(typeof(Config))]
public class PopplerReferenceBenchmarks
{
    private IReadOnlyList<string> _files = [];

    public static int Pages { get; private set; }

    public static bool IsAvailable => FindOnPath("pdftotext") is not null;

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchmarkData.ResumePdfs();
        Pages = _files.Sum(f => ResumeMatcher.Core.Resumes.PdfTextExtractor.CountPages(File.ReadAllBytes(f)));
    }

    [Benchmark(Description = "poppler pdftotext (process per file)")]
    public long PdfToText()
    {
        long characters = 0;
        foreach (var file in _files)
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftotext did not start.");
            characters += process.StandardOutput.ReadToEnd().Length;
            process.WaitForExit();
        }

        return characters;
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new PerItemColumn("ms/page", _ => BenchmarkData.TotalPages));
    }
}
