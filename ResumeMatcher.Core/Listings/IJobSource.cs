namespace ResumeMatcher.Core.Listings;

/// <summary>A place job listings come from: a job board's API, an HTML board, or a local file.</summary>
public interface IJobSource
{
    /// <summary>The short name used in configuration, logs and task status ("file", "greenhouse", ...).</summary>
    string Name { get; }

    Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken);
}
