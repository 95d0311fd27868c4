using System.Globalization;
using ResumeMatcher.Core.Evaluation;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Benchmarks.Matching;

/// <summary>
/// A listing corpus of a given size built from the real postings of the shared data ($RESUMEMATCHER_DATA_DIR or
/// ../shared/data beside the repository), repeated with variation: each copy after the first gets a rank word in
/// its title, another posting's location, a remote flag, and drops one line of its description.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly string[] RankWords = ["Senior", "Junior", "Lead", "Principal", "Staff", "Associate", "Contract", "Remote"];

    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("RESUMEMATCHER_DATA_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "..", "shared", "data");

    public static (SkillExtractor Skills, JobTitleExtractor Titles, ProfileExtractor Profiles) Extractors()
    {
        var skills = new SkillExtractor(SkillTaxonomy.LoadEmbedded());
        var titles = new JobTitleExtractor(JobTitleCatalog.LoadEmbedded());
        return (skills, titles, new ProfileExtractor(skills, titles, TimeProvider.System));
    }

    public static IReadOnlyList<JobListing> Listings(int size, SkillExtractor skills) => Stream(size, skills).ToList();

    /// <summary>
    /// The same corpus made one listing at a time: only the real postings are held, each variation is made when it
    /// is asked for and can be dropped after use (what the memory probe needs, so it measures the index and not the corpus).
    /// </summary>
    public static IEnumerable<JobListing> Stream(int size, SkillExtractor skills)
    {
        var tagger = new ListingSkillTagger(skills);
        var postings = JobPostingFiles.ReadAll(Path.Combine(DataDirectory, JobPostingFiles.Folder)).Select(tagger.Tag).ToList();
        for (var i = 0; i < size; i++)
        {
            var copy = i / postings.Count;
            var posting = postings[i % postings.Count];
            if (copy == 0)
            {
                yield return posting;
                continue;
            }

            var lines = posting.Description.Split('\n');
            var dropped = lines.Length > 1 ? copy % lines.Length : -1;
            var id = $"{posting.Id}-{copy.ToString(CultureInfo.InvariantCulture)}";
            yield return posting with
            {
                Id = id,
                ExternalId = id,
                Title = $"{RankWords[copy % RankWords.Length]} {posting.Title}",
                Location = postings[(i * 7 + copy) % postings.Count].Location,
                Remote = (copy % 3) switch { 0 => null, 1 => true, _ => false },
                Description = dropped < 0 ? posting.Description : string.Join('\n', lines.Where((_, n) => n != dropped)),
            };
        }
    }

    /// <summary>A few distinct labelled resumes of different fields, as the queries.</summary>
    public static IReadOnlyList<string> Resumes(int count) =>
        LabelledResumes.ReadDistinct(Path.Combine(DataDirectory, LabelledResumes.RelativePath))
            .GroupBy(r => r.Category).Select(g => g.First().Text).Take(count).ToList();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResumeMatcher.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResumeMatcher.sln not found above the benchmark binaries; set RESUMEMATCHER_DATA_DIR.");
    }
}
