using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Every posting on the configured Lever sites: description, its lists (responsibilities...) and closing.</summary>
public sealed class LeverSource(ILeverApi api, IOptions<LeverSourceOptions> options) : IJobSource
{
    public const string SourceName = "lever";

    public string Name => SourceName;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        foreach (var site in options.Value.Sites.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            listings.AddRange(Map(await api.GetPostingsAsync(site.Trim(), cancellationToken), site.Trim()));
        }

        return listings;
    }

    public static IReadOnlyList<JobListing> Map(IReadOnlyList<LeverPosting> postings, string site) =>
        postings.Select(p => BoardListing.Create(
                SourceName,
                p.Id,
                p.Text,
                site,
                p.Categories?.Location,
                p.WorkplaceType?.ToLowerInvariant() switch
                {
                    "remote" => true,
                    "onsite" or "on-site" or "hybrid" => false,
                    _ => null,
                },
                ListingDates.FromUnixMilliseconds(p.CreatedAt),
                DescriptionHtml(p),
                p.HostedUrl,
                Salary(p.SalaryRange)))
            .OfType<JobListing>()
            .ToList();

    private static string DescriptionHtml(LeverPosting posting)
    {
        var html = new StringBuilder(posting.Description);
        foreach (var list in posting.Lists ?? [])
        {
            html.Append("<h3>").Append(System.Net.WebUtility.HtmlEncode(list.Text)).Append("</h3><ul>").Append(list.Content).Append("</ul>");
        }

        return html.Append(posting.Additional).ToString();
    }

    private static string? Salary(LeverSalaryRange? range)
    {
        if (range is null || (range.Min is null && range.Max is null))
        {
            return null;
        }

        var amount = range.Min == range.Max || range.Max is null
            ? Format(range.Min ?? range.Max)
            : range.Min is null ? $"up to {Format(range.Max)}" : $"{Format(range.Min)} - {Format(range.Max)}";
        return $"{range.Currency} {amount} {Interval(range.Interval)}".Trim();
    }

    private static string Format(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Interval(string? interval) => interval switch
    {
        "per-year-salary" => "a year",
        "per-month-salary" => "a month",
        "per-hour-wage" => "an hour",
        null => "",
        _ => interval,
    };
}
