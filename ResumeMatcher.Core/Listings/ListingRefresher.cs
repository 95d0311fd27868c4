using Microsoft.Extensions.Logging;
using ResumeMatcher.Core.Diagnostics;

namespace ResumeMatcher.Core.Listings;

/// <summary>Fetches listings from the enabled sources, tags their skills and stores them in the cache.</summary>
public sealed partial class ListingRefresher(
    IEnumerable<IJobSource> sources,
    ListingSkillTagger tagger,
    ListingCache cache,
    ILogger<ListingRefresher> logger)
{
    public IReadOnlyList<string> SourceNames { get; } = sources.Select(s => s.Name).ToList();

    /// <summary>Refreshes from every source; a failing source is reported, never thrown.</summary>
    public async Task<IReadOnlyList<SourceOutcome>> RefreshAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var outcomes = new List<SourceOutcome>();
        foreach (var source in sources)
        {
            outcomes.Add(await RefreshSourceAsync(source, query, cancellationToken));
        }

        return outcomes;
    }

    private async Task<SourceOutcome> RefreshSourceAsync(IJobSource source, ListingQuery query, CancellationToken cancellationToken)
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
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSourceFailed(ex, source.Name);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
            return SourceOutcome.Failed(source.Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {Source} returned {Fetched} listings; {Stored} stored after de-duplication")]
    private partial void LogRefreshed(string source, int fetched, int stored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source} failed to refresh")]
    private partial void LogSourceFailed(Exception exception, string source);
}
