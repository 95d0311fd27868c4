using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// Remote jobs from Remotive, searched by the query's keywords. Remotive asks callers to link back to it and to call
/// rarely (its docs suggest a few times a day): keep the refresh interval long.
/// </summary>
public sealed class RemotiveSource(IRemotiveApi api, IOptions<RemotiveSourceOptions> options) : IJobSource
{
    public const string SourceName = "remotive";

    public string Name => SourceName;

    public bool SearchesByQuery => true;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var search = query.Keywords.Count == 0 ? null : string.Join(' ', query.Keywords);
        var response = await api.GetJobsAsync(search, string.IsNullOrWhiteSpace(settings.Category) ? null : settings.Category, settings.Limit, cancellationToken);
        return Map(response);
    }

    public static IReadOnlyList<JobListing> Map(RemotiveResponse response) =>
        (response.Jobs ?? []).Select(job => BoardListing.Create(
                SourceName,
                job.Id,
                job.Title,
                job.CompanyName,
                job.CandidateRequiredLocation,
                remote: true,
                ListingDates.Parse(job.PublicationDate),
                job.Description,
                job.Url,
                job.Salary))
            .OfType<JobListing>()
            .ToList();
}
