namespace ResumeMatcher.Core.Listings;

/// <summary>A place job listings come from: a job board's API, an HTML board, or a local file.</summary>
public interface IJobSource
{
    /// <summary>The short name used in configuration, logs and task status ("file", "greenhouse", ...).</summary>
    string Name { get; }

    /// <summary>
    /// Whether <see cref="FetchAsync"/> searches by the query's keywords. A source that returns its whole board
    /// (Greenhouse, Lever, a file...) is refreshed once per schedule, not once per query.
    /// </summary>
    bool SearchesByQuery => false;

    Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken);
}
