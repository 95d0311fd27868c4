using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Jobs (mostly Europe) from Arbeitnow's job board API, the first configured pages.</summary>
public sealed class ArbeitnowSource(IArbeitnowApi api, IOptions<ArbeitnowSourceOptions> options) : IJobSource
{
    public const string SourceName = "arbeitnow";

    public string Name => SourceName;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        for (var page = 1; page <= options.Value.Pages; page++)
        {
            var response = await api.GetJobsAsync(page, cancellationToken);
            listings.AddRange(Map(response));
            if (string.IsNullOrEmpty(response.Links?.Next) || response.Data is not { Count: > 0 })
            {
                break;
            }
        }

        return listings;
    }

    public static IReadOnlyList<JobListing> Map(ArbeitnowResponse response) =>
        (response.Data ?? []).Select(job => BoardListing.Create(
                SourceName,
                job.Slug,
                job.Title,
                job.CompanyName,
                job.Location,
                job.Remote,
                ListingDates.FromUnixSeconds(job.CreatedAt),
                job.Description,
                job.Url,
                salary: null))
            .OfType<JobListing>()
            .ToList();
}
