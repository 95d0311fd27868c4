using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ResumeMatcher.Core.Diagnostics;

/// <summary>The project's ActivitySource and Meter (both named "ResumeMatcher", registered in ServiceDefaults).</summary>
public static class ResumeMatcherTelemetry
{
    public const string Name = "ResumeMatcher";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> TasksAccepted =
        Meter.CreateCounter<long>("resumematcher.tasks.accepted", description: "Match tasks accepted by the Api.");

    public static readonly Counter<long> TasksFinished =
        Meter.CreateCounter<long>("resumematcher.tasks.finished", description: "Match tasks that ended, by status.");

    public static readonly Histogram<double> TaskDuration =
        Meter.CreateHistogram<double>("resumematcher.task.duration", unit: "s", description: "Time from upload to the completion of a task.");

    public static readonly Counter<long> ListingsRefreshed =
        Meter.CreateCounter<long>("resumematcher.listings.refreshed", description: "Listings stored in the cache, by source.");
}
