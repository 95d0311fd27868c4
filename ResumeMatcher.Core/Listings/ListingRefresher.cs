using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ResumeMatcher.Core.Diagnostics;

namespace ResumeMatcher.Core.Listings;

/// <summary>Fetches listings from the enabled sources, tags their skills and stores them in the cache.</summary>
public sealed partial class ListingRefresher(
    IEnumerable<IJobSource> sources,
    ListingSkillTagger tagger,
    ListingCache cache,
    TimeProvider time,
    ILogger<ListingRefresher> logger)
{
    private readonly IReadOnlyList<IJobSource> _sources = sources.ToList();

    public IReadOnlyList<IJobSource> Sources => _sources;

    /// <summary>Refreshes from every source at once; a failing source is reported, never thrown.</summary>
    public Task<IReadOnlyList<SourceOutcome>> RefreshAsync(ListingQuery query, CancellationToken cancellationToken) =>
        RefreshAsync(query, Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>
    /// Refreshes from every source at once within <paramref name="deadline"/>: a source still fetching then is cancelled
    /// and reported as failed; what the others stored stays stored.
    /// </summary>
    public async Task<IReadOnlyList<SourceOutcome>> RefreshAsync(ListingQuery query, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var outcomes = await Task.WhenAll(_sources.Select(s => RefreshSourceAsync(s, query, linked.Token, deadline)));
        cancellationToken.ThrowIfCancellationRequested();
        return outcomes;
    }

    /// <summary>Refreshes one source; a failure is reported, never thrown (unless the caller cancels).</summary>
    public async Task<SourceOutcome> RefreshSourceAsync(IJobSource source, ListingQuery query, CancellationToken cancellationToken, TimeSpan? deadline = null)
    {
        using var activity = ResumeMatcherTelemetry.ActivitySource.StartActivity("listings.refresh");
        activity?.SetTag("resumematcher.source", source.Name);
        try
        {
            var listings = await source.FetchAsync(query, cancellationToken);
            var tagged = listings.Select(tagger.Tag).ToList();
            var stored = await cache.StoreAsync(tagged, cancellationToken);
            ResumeMatcherTelemetry.ListingsRefreshed.Add(stored, new KeyValuePair<string, object?>("source", source.Name));
            LogRefreshed(source.Name, listings.Count, stored);
            return SourceOutcome.Succeeded(source.Name, stored);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && deadline is { } limit && limit != Timeout.InfiniteTimeSpan)
        {
            LogSourceFailed(null, source.Name, "deadline passed");
            activity?.SetStatus(ActivityStatusCode.Error, "deadline passed");
            return SourceOutcome.Failed(source.Name, $"no answer within the deadline of {limit.TotalSeconds:0.###} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ListingFailure.Describe(ex);
            LogSourceFailed(ex, source.Name, reason);
            activity?.SetStatus(ActivityStatusCode.Error, reason);
            return SourceOutcome.Failed(source.Name, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {Source} returned {Fetched} listings; {Stored} stored after de-duplication")]
    private partial void LogRefreshed(string source, int fetched, int stored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source} failed to refresh: {Reason}")]
    private partial void LogSourceFailed(Exception? exception, string source, string reason);
}
