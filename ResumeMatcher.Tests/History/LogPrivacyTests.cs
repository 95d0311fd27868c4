using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.History;

/// <summary>
/// A full run (upload through the Api, processing in the Worker, status, history and erasure) with every log record of
/// both services captured at Debug level, and every span recorded: the test resume's e-mail and phone number appear in
/// none of them.
/// </summary>
public sealed class LogPrivacyTests(SharedPostgres postgres)
{
    /// <summary>A fictional person, written for this test (reserved example domain, fictional 555 number).</summary>
    private const string Email = "morgan.fictional@example.org";
    private const string Phone = "+1 (555) 013-4477";

    private static readonly string Resume = $"""
        Morgan Fictional
        Data Engineer
        {Email} | {Phone} | Springfield

        EXPERIENCE
        Data Engineer, Initech Analytics, 2019 - Present
        - Built Python and Apache Spark pipelines on AWS; modelled data in PostgreSQL and Snowflake.
        - Orchestrated jobs with Airflow and Docker; wrote SQL for reporting.

        SKILLS
        Python, SQL, Apache Spark, AWS, PostgreSQL, Airflow, Docker, Kafka

        EDUCATION
        M.Sc. Computer Science, Example University, 2018
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_and_traces_of_a_full_run_never_contain_the_resume_email_or_phone()
    {
        var spans = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => spans.Enqueue($"{activity.DisplayName} {string.Join(' ', activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(' ', activity.Events.Select(e => e.Name + string.Join(' ', e.Tags.Select(t => $"{t.Key}={t.Value}"))))}"),
        };
        ActivitySource.AddActivityListener(listener);
        var collector = new FakeLogCollector();
        using var logs = new FakeLoggerProvider(collector);
        await using var system = await MatchingSystem.StartAsync(
            postgres,
            "privacy",
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug", ["Operator:ApiKey"] = HistoryFixture.OperatorKey },
            logs: logs);

        var taskId = await system.UploadAsync(Encoding.UTF8.GetBytes(Resume), "morgan-fictional-resume.txt");
        var status = await system.WaitForEndAsync(taskId, TimeSpan.FromSeconds(90));
        Assert.Equal("completed", status.GetProperty("status").GetString());
        var resumeId = await HistoryData.ResumeIdOfTaskAsync(system, taskId, Ct);
        (await HistoryData.OperatorGetAsync(system, $"/api/resumes/{resumeId}", Ct)).Dispose();
        (await HistoryData.OperatorGetAsync(system, $"/api/resumes/{resumeId}/matches", Ct)).Dispose();
        (await system.Client.DeleteAsync($"/api/task-status/{taskId}", Ct)).Dispose();
        await system.StopWorkerAsync();

        var records = collector.GetSnapshot();
        var text = new StringBuilder();
        foreach (var record in records)
        {
            text.AppendLine(record.Message).AppendLine(record.Exception?.ToString());
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                text.Append(key).Append('=').AppendLine(value);
            }

            foreach (var scope in record.Scopes)
            {
                text.AppendLine(scope?.ToString());
            }
        }

        var all = text.ToString();
        var traces = string.Join('\n', spans);
        Assert.Contains("stage profile", traces, StringComparison.Ordinal);
        // The capture must have seen the run, or an empty log would pass: the Worker's completion and Debug records.
        Assert.Contains(records, r => r.Level == LogLevel.Debug);
        Assert.Contains(taskId.ToString(), all, StringComparison.Ordinal);
        Assert.Contains(records, r => r.Category?.StartsWith("ResumeMatcher.Worker", StringComparison.Ordinal) == true);

        foreach (var secret in new[] { Email, "morgan.fictional", Phone, "555) 013-4477", "0134477", "Morgan Fictional", "morgan-fictional-resume" })
        {
            Assert.False(all.Contains(secret, StringComparison.OrdinalIgnoreCase), $"the captured logs ({records.Count} records) contain a piece of the test resume's personal data");
            Assert.False(traces.Contains(secret, StringComparison.OrdinalIgnoreCase), $"the captured spans ({spans.Count}) contain a piece of the test resume's personal data");
        }
    }
}
