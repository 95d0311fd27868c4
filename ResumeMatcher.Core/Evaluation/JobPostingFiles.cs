using System.Globalization;
using System.Text.Json;
using Sylvan.Data.Csv;
using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Core.Evaluation;

/// <summary>
/// Reads the real job postings of the shared evaluation data (<c>job_postings/</c>: Google careers, Glassdoor,
/// Dice and a public-sector scrape) into the listing shape, for tests and benchmarks. Postings without a title or
/// description are left out; skills are not filled (tag them with <see cref="ListingSkillTagger"/>).
/// </summary>
public static class JobPostingFiles
{
    public const string Folder = "job_postings";

    public static IReadOnlyList<JobListing> ReadAll(string postingsDirectory)
    {
        var listings = new List<JobListing>();
        listings.AddRange(ReadCsv(Path.Combine(postingsDirectory, "google_job_skills.dev.csv"), "google", row => (
            Field(row, "Title"),
            Field(row, "Company"),
            Field(row, "Location"),
            $"{Field(row, "Responsibilities")}\nMinimum qualifications:\n{Field(row, "Minimum Qualifications")}\nPreferred qualifications:\n{Field(row, "Preferred Qualifications")}")));
        listings.AddRange(ReadCsv(Path.Combine(postingsDirectory, "glassdoor_ds_jobs.dev.csv"), "glassdoor", row => (
            Field(row, "Job Title"),
            (Field(row, "Company Name") ?? "").Split('\n')[0],
            Field(row, "Location"),
            Field(row, "Job Description"))));
        listings.AddRange(ReadCsv(Path.Combine(postingsDirectory, "dice_us_tech_jobs_sample.dev.csv"), "dice", row => (
            Field(row, "jobtitle"),
            "",
            "",
            Field(row, "jobdescription"))));
        listings.AddRange(ReadScrapedJobs(Path.Combine(postingsDirectory, "scottcoffin_all_jobs.dev.json")));
        return listings;
    }

    private static IEnumerable<JobListing> ReadCsv(
        string path,
        string source,
        Func<CsvDataReader, (string? Title, string? Company, string? Location, string? Description)> map)
    {
        using var csv = CsvDataReader.Create(path);
        var row = 0;
        while (csv.Read())
        {
            row++;
            var (title, company, location, description) = map(csv);
            if (Create(source, row, title, company, location, null, description, null) is { } listing)
            {
                yield return listing;
            }
        }
    }

    private static IEnumerable<JobListing> ReadScrapedJobs(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var row = 0;
        var listings = new List<JobListing>();
        foreach (var job in document.RootElement.GetProperty("jobs").EnumerateArray())
        {
            row++;
            bool? remote = job.TryGetProperty("is_remote", out var isRemote) && isRemote.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? isRemote.GetBoolean()
                : null;
            if (Create(source: "scraped", row, Text(job, "title"), Text(job, "company"), Text(job, "location"), remote, Text(job, "description"), Text(job, "url")) is { } listing)
            {
                listings.Add(listing);
            }
        }

        return listings;
    }

    private static string Field(CsvDataReader row, string column) => row.GetString(row.GetOrdinal(column));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JobListing? Create(string source, int row, string? title, string? company, string? location, bool? remote, string? description, string? url)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var id = $"{source}-{row.ToString(CultureInfo.InvariantCulture)}";
        return new JobListing
        {
            Id = id,
            Source = source,
            ExternalId = id,
            Title = title.Trim(),
            Company = company?.Trim() ?? "",
            Location = location?.Trim() ?? "",
            Remote = remote,
            Description = description.Trim(),
            Url = url ?? $"https://example.invalid/{id}",
        };
    }
}
