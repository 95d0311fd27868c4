namespace ResumeMatcher.Benchmarks.Resumes;

/// <summary>The shared evaluation data: $RESUMEMATCHER_DATA_DIR, or ../shared/data beside the repository.</summary>
public static class BenchmarkData
{
    public const string DataDirectoryVariable = "RESUMEMATCHER_DATA_DIR";

    public static string ResumePdfFolder => Path.Combine(DataDirectory, "resume_pdfs");

    public static string DataDirectory =>
        Environment.GetEnvironmentVariable(DataDirectoryVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared", "data"));

    /// <summary>The resume PDFs (job descriptions left out), in name order; throws with a clear message when absent.</summary>
    public static IReadOnlyList<string> ResumePdfs()
    {
        if (!Directory.Exists(ResumePdfFolder))
        {
            throw new DirectoryNotFoundException(
                $"Evaluation data not found at {ResumePdfFolder}. Set {DataDirectoryVariable} to the shared data folder.");
        }

        return Directory.GetFiles(ResumePdfFolder, "*.pdf", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
    }

    private static readonly Lazy<int> PageCount = new(() =>
        ResumePdfs().Sum(f => ResumeMatcher.Core.Resumes.PdfTextExtractor.CountPages(File.ReadAllBytes(f))));

    /// <summary>Pages in all the resume PDFs; the host process counts them itself for the per-page columns.</summary>
    public static int TotalPages => PageCount.Value;

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ResumeMatcher.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }
}
