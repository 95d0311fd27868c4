using Microsoft.Extensions.Options;
using Quartz;
using ResumeMatcher.Core.Resumes;

namespace ResumeMatcher.Worker.Jobs;

/// <summary>Runs <see cref="ResumeRetention"/> on a schedule, once across Worker replicas (a Redis lease).</summary>
[DisallowConcurrentExecution]
public sealed partial class RetentionJob(
    ResumeRetention retention,
    RedisJobLease lease,
    IOptions<ScheduleOptions> options,
    ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "housekeeping");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var held = await lease.TryAcquireAsync(Key.Name, options.Value.RetentionInterval, cancellationToken);
        if (held is null)
        {
            return;
        }

        var outcome = await retention.RunAsync(cancellationToken);
        if (outcome.UploadsDropped > 0 || outcome.ResumesErased > 0)
        {
            LogRetained(outcome.UploadsDropped, outcome.ResumesErased);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention dropped the bytes of {Dropped} processed uploads and erased {Erased} expired resumes")]
    private partial void LogRetained(int dropped, int erased);
}
