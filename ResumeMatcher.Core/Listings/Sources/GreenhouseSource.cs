using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Every job on the configured Greenhouse boards, with full descriptions.</summary>
public sealed class GreenhouseSource(IGreenhouseApi api, IOptions<GreenhouseSourceOptions> options) : IJobSource
{
    public const string SourceName = "greenhouse";

    public string Name => SourceName;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        foreach (var token in options.Value.BoardTokens.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            listings.AddRange(Map(await api.GetJobsAsync(token.Trim(), cancellationToken), token.Trim()));
        }

        return listings;
    }

    public static IReadOnlyList<JobListing> Map(GreenhouseJobsResponse response, string boardToken) =>
        (response.Jobs ?? []).Select(job => BoardListing.Create(
                SourceName,
                job.Id,
                job.Title,
                string.IsNullOrWhiteSpace(job.CompanyName) ? boardToken : job.CompanyName,
                job.Location?.Name,
                remote: null,
                ListingDates.Parse(job.FirstPublished) ?? ListingDates.Parse(job.UpdatedAt),
                job.Content,
                job.AbsoluteUrl,
                salary: null))
            .OfType<JobListing>()
            .ToList();
}
