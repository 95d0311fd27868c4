using System.Globalization;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Remote jobs from Remote OK (by tag: the query's first keyword). Its terms ask for a followed link back.</summary>
public sealed class RemoteOkSource(IRemoteOkApi api) : IJobSource
{
    public const string SourceName = "remoteok";

    public string Name => SourceName;

    public bool SearchesByQuery => true;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var tag = query.Keywords.Count == 0 ? null : query.Keywords[0].Trim().ToLowerInvariant().Replace(' ', '-');
        return Map(await api.GetJobsAsync(tag, cancellationToken));
    }

    public static IReadOnlyList<JobListing> Map(IReadOnlyList<RemoteOkJob> jobs) =>
        jobs.Where(j => j.Legal is null).Select(job => BoardListing.Create(
                SourceName,
                job.Id,
                job.Position,
                job.Company,
                job.Location,
                remote: true,
                ListingDates.Parse(job.Date) ?? ListingDates.FromUnixSeconds(job.Epoch),
                job.Description,
                job.Url,
                Salary(job.SalaryMin, job.SalaryMax)))
            .OfType<JobListing>()
            .ToList();

    private static string? Salary(long? min, long? max) => (min > 0 ? min : null, max > 0 ? max : null) switch
    {
        (null, null) => null,
        ({ } low, { } high) when low != high => $"${Format(low)} - ${Format(high)} a year",
        (var low, var high) => $"${Format((low ?? high)!.Value)} a year",
    };

    private static string Format(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
