using System.Collections.Concurrent;
using System.Diagnostics;
using ResumeMatcher.Core.Diagnostics;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Worker;

/// <summary>One upload is one trace: the Worker's task span and its stage spans join the Api request's trace.</summary>
public sealed class TracePropagationTests(SharedPostgres postgres, SystemFixture fixture) : IClassFixture<SystemFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_stages_are_spans_in_the_upload_trace()
    {
        var system = await fixture.GetAsync(postgres);
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is ResumeMatcherTelemetry.Name or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var taskId = await system.UploadAsync(TestDocuments.Utf8(TestDocuments.BackendEngineerResume), "resume.txt");
        await system.WaitForEndAsync(taskId, TimeSpan.FromSeconds(60));

        // The task span ends when the Worker acknowledges the stream entry, just after the status turns completed.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!activities.Any(a => a.OperationName == "process match task" && a.GetTagItem("resumematcher.task_id") as string == taskId.ToString())
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        var upload = Assert.Single(activities, a => a.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn"
            && a.GetTagItem("resumematcher.task_id") as string == taskId.ToString());
        var process = Assert.Single(activities, a => a.OperationName == "process match task"
            && a.GetTagItem("resumematcher.task_id") as string == taskId.ToString());
        Assert.Equal(upload.TraceId, process.TraceId);
        Assert.Equal(upload.SpanId, process.ParentSpanId);

        var stages = activities.Where(a => a.TraceId == upload.TraceId && a.OperationName.StartsWith("stage ", StringComparison.Ordinal))
            .Select(a => a.OperationName).ToHashSet();
        Assert.Superset(new HashSet<string> { "stage parse", "stage profile", "stage listings", "stage rank", "stage store" }, stages);
        Assert.All(
            activities.Where(a => a.TraceId == upload.TraceId && a.OperationName.StartsWith("stage ", StringComparison.Ordinal)),
            stage => Assert.Equal(process.SpanId, stage.ParentSpanId));
    }
}
