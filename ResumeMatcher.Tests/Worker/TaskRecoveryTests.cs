using System.Net.Http.Json;
using System.Diagnostics;
using System.Net;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Worker;

/// <summary>PostgreSQL is the truth: no accepted task is lost to a dead worker or to a Redis that lost its data.</summary>
public sealed class TaskRecoveryTests(SharedPostgres postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> FastRecovery = new()
    {
        ["TaskProcessing:Lease"] = "00:00:03",
        ["TaskProcessing:VisibilityTimeout"] = "00:00:03",
        ["Schedule:RequeueAfter"] = "00:00:03",
        ["Schedule:SweepInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Worker_process_killed_mid_task_loses_nothing_and_completes_each_task_once()
    {
        await using var system = await MatchingSystem.StartAsync(postgres, "kill", FastRecovery, startWorker: false);
        var database = new TaskDatabase(system.DatabaseConnectionString);
        var pdf = TestDocuments.PdfWithText(TestDocuments.BackendEngineerResume.Split('\n'));
        var text = TestDocuments.Utf8(TestDocuments.BackendEngineerResume);
        var taskIds = new List<Guid>();
        for (var i = 0; i < 120; i++)
        {
            taskIds.Add(await system.UploadAsync(i % 2 == 0 ? pdf : text, i % 2 == 0 ? "resume.pdf" : "resume.txt"));
        }

        // Kill a worker process while it runs a task. The kill races the task's own end, so if every running task
        // finished in the instant before the kill, a new worker process is started and killed again.
        var interrupted = new List<Guid>();
        for (var round = 1; round <= 3 && interrupted.Count == 0; round++)
        {
            using var doomed = system.StartWorkerProcess(new Dictionary<string, string?> { ["TaskProcessing:MaxConcurrency"] = "2" });
            var completedBefore = (await database.CountByStatusAsync(Ct)).GetValueOrDefault("Completed");
            var watch = Stopwatch.StartNew();
            while (true)
            {
                var counts = await database.CountByStatusAsync(Ct);
                if (counts.GetValueOrDefault("Completed") >= completedBefore + 3 && counts.GetValueOrDefault("Running") >= 1)
                {
                    await doomed.KillAsync(Ct);
                    interrupted = await database.IdsWithStatusAsync("Running", Ct);
                    break;
                }

                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"The worker process made no progress: {string.Join(", ", counts)}");
                Assert.False(doomed.HasExited, $"The worker process exited by itself:\n{doomed.OutputTail}");
                await Task.Delay(5, Ct);
            }
        }

        Assert.NotEmpty(interrupted);
        var unfinished = taskIds.Count - (await database.CountByStatusAsync(Ct)).GetValueOrDefault("Completed");
        Assert.True(unfinished > 0, "every task completed before the kill; the test proved nothing");

        await system.StartWorkerAsync();
        foreach (var taskId in taskIds)
        {
            var status = await system.WaitForEndAsync(taskId, TimeSpan.FromSeconds(120));
            Assert.Equal("completed", status.GetProperty("status").GetString());
        }

        var shape = await database.ResultShapeAsync(Ct);
        Assert.Equal(taskIds.Count, shape.Count);
        foreach (var (taskId, (attempts, results, distinctRanks)) in shape)
        {
            Assert.True(results > 0, $"task {taskId} has no results");
            Assert.True(results == distinctRanks, $"task {taskId} has duplicate results");
            Assert.InRange(results, 1, 10);
        }

        foreach (var taskId in interrupted)
        {
            Assert.True(shape[taskId].Attempts >= 2, $"interrupted task {taskId} was not run again");
        }
    }

    [Fact]
    public async Task Redis_restarted_without_persistence_loses_no_accepted_task()
    {
        await using var system = await MatchingSystem.StartAsync(postgres, "redis", FastRecovery, startWorker: false);
        var text = TestDocuments.Utf8(TestDocuments.BackendEngineerResume);
        var taskIds = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            taskIds.Add(await system.UploadAsync(text, "resume.txt"));
        }

        await system.Redis.StopAsync();

        // While Redis is down the Api answers at once: uploads are kept in PostgreSQL, status reads keep working.
        var watch = Stopwatch.StartNew();
        using var upload = await system.Client.PostAsync("/api/match-jobs", MatchingSystem.Form(text, "resume.txt"), Ct);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the upload took {watch.Elapsed} while Redis was down");
        Assert.True(upload.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable, $"upload answered {(int)upload.StatusCode}");
        if (upload.StatusCode == HttpStatusCode.Accepted)
        {
            var accepted = await upload.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
            taskIds.Add(accepted.GetProperty("task_id").GetGuid());
        }

        watch.Restart();
        var queued = await system.GetStatusAsync(taskIds[0]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the status read took {watch.Elapsed} while Redis was down");
        Assert.Equal("queued", queued.GetProperty("status").GetString());

        // A worker started while Redis is away keeps retrying instead of crashing.
        await system.StartWorkerAsync();
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await system.Redis.StartProcessAsync();

        foreach (var taskId in taskIds)
        {
            var status = await system.WaitForEndAsync(taskId, TimeSpan.FromSeconds(90));
            Assert.Equal("completed", status.GetProperty("status").GetString());
            Assert.NotEmpty(status.GetProperty("matches").EnumerateArray());
        }
    }
}
