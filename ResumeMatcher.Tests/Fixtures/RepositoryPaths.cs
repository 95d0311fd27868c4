namespace ResumeMatcher.Tests.Fixtures;

/// <summary>Where the repository and the shared evaluation data are.</summary>
public static class RepositoryPaths
{
    public const string DataDirectoryVariable = "RESUMEMATCHER_DATA_DIR";

    public static string Root { get; } = FindRoot();

    public static string ListingsFile => Path.Combine(Root, "data", "listings.jsonl");

    /// <summary>The shared evaluation data: $RESUMEMATCHER_DATA_DIR, or ../shared/data beside the repository.</summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable(DataDirectoryVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>A path inside the evaluation data; skips the test with a clear message when the data is absent.</summary>
    public static string RequireData(params string[] parts)
    {
        var path = Path.Combine([DataDirectory, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Evaluation data not found at {path}. Set {DataDirectoryVariable} to the shared data folder to run this test.");
        }

        return path;
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

        throw new InvalidOperationException("ResumeMatcher.sln not found above the test binaries.");
    }
}
