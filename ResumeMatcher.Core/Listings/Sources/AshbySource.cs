using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Every listed job on the configured Ashby job boards, with compensation when the employer shows it.</summary>
public sealed class AshbySource(IAshbyApi api, IOptions<AshbySourceOptions> options) : IJobSource
{
    public const string SourceName = "ashby";

    public string Name => SourceName;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        foreach (var organization in options.Value.Organizations.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            listings.AddRange(Map(await api.GetJobBoardAsync(organization.Trim(), cancellationToken), organization.Trim()));
        }

        return listings;
    }

    public static IReadOnlyList<JobListing> Map(AshbyJobBoardResponse response, string organization) =>
        (response.Jobs ?? []).Where(j => j.IsListed != false).Select(job => BoardListing.Create(
                SourceName,
                job.Id,
                job.Title,
                organization,
                job.Location,
                job.IsRemote ?? (job.WorkplaceType?.Equals("Remote", StringComparison.OrdinalIgnoreCase) == true ? true : null),
                ListingDates.Parse(job.PublishedAt),
                job.DescriptionHtml ?? job.DescriptionPlain,
                job.JobUrl,
                job.Compensation?.CompensationTierSummary ?? job.Compensation?.ScrapeableCompensationSalarySummary))
            .OfType<JobListing>()
            .ToList();
}
