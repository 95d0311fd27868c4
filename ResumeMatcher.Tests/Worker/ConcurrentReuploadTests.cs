using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Worker;

/// <summary>The same file uploaded many times at once shares one stored resume; its tasks all complete on their first attempt.</summary>
public sealed class ConcurrentReuploadTests(SharedPostgres postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_uploads_of_one_file_complete_without_retries()
    {
        await using var system = await MatchingSystem.StartAsync(
            postgres,
            "reupload",
            new Dictionary<string, string?> { ["UploadRateLimit:PermitLimit"] = "1000", ["TaskProcessing:MaxConcurrency"] = "4" },
            startWorker: false);
        var content = TestDocuments.Utf8(TestDocuments.BackendEngineerResume);
        var taskIds = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => system.UploadAsync(content, "resume.txt")));

        await system.StartWorkerAsync();
        foreach (var taskId in taskIds)
        {
            var status = await system.WaitForEndAsync(taskId, TimeSpan.FromSeconds(60));
            Assert.Equal("completed", status.GetProperty("status").GetString());
            Assert.NotEmpty(status.GetProperty("skills").EnumerateArray());
        }

        var shape = await new TaskDatabase(system.DatabaseConnectionString).ResultShapeAsync(Ct);
        Assert.All(taskIds, id => Assert.Equal(1, shape[id].Attempts));
    }
}
