using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Resumes;

namespace ResumeMatcher.Core.Tasks;

/// <summary>One request to match a resume against the listings: its lifecycle lives in PostgreSQL.</summary>
public sealed class MatchTask
{
    public Guid Id { get; set; }

    public Guid ResumeId { get; set; }

    public Resume Resume { get; set; } = null!;

    public MatchTaskStatus Status { get; set; }

    public MatchStage Stage { get; set; }

    /// <summary>How many times a worker started the task.</summary>
    public int Attempts { get; set; }

    public int Limit { get; set; }

    public double MinScore { get; set; }

    /// <summary>Only listings whose location contains this text (case-insensitive), when set.</summary>
    public string? LocationFilter { get; set; }

    /// <summary>When set, only remote (true) or only on-site (false) listings.</summary>
    public bool? RemoteFilter { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the task was last put on the Redis stream.</summary>
    public DateTimeOffset? EnqueuedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>While running: the worker's claim lasts until then; past it, another worker may take the task.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>W3C trace context of the upload, so the Worker's spans join the Api's trace.</summary>
    public string? TraceParent { get; set; }

    /// <summary>How each listing source fared when the task fetched listings on demand.</summary>
    public List<SourceOutcome> SourceOutcomes { get; set; } = [];

    public List<MatchResult> Results { get; set; } = [];
}
