using System.Globalization;
using System.Text.Json;
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
    /// is asked for and can be dropped after use.
    /// </summary>
    public static IEnumerable<JobListing> Stream(int size, SkillExtractor skills)
    {
        var postings = Tagged(skills);
        var locations = postings.Select(p => p.Location).ToArray();
        for (var i = 0; i < size; i++)
        {
            yield return Vary(postings[i % postings.Count], i, locations);
        }
    }

    /// <summary>
    /// The same corpus again, holding not even the real postings (what the memory probe needs, so it measures the
    /// index and not its input, as the Worker streams listings from its cache): they are tagged once and spooled to a
    /// temporary JSON Lines file (deleted at the end) that each round of copies reads back line by line; only their
    /// locations are kept.
    /// </summary>
    public static IEnumerable<JobListing> StreamSpooled(int size, SkillExtractor skills)
    {
        var spool = Path.Combine(Path.GetTempPath(), $"resumematcher-corpus-{Environment.ProcessId}.jsonl");
        try
        {
            var locations = Spool(spool, skills);
            for (var i = 0; i < size;)
            {
                foreach (var line in File.ReadLines(spool))
                {
                    if (i == size)
                    {
                        break;
                    }

                    yield return Vary(JsonSerializer.Deserialize(line, ListingJsonContext.Default.JobListing)!, i++, locations);
                }
            }
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private static List<JobListing> Tagged(SkillExtractor skills)
    {
        var tagger = new ListingSkillTagger(skills);
        return JobPostingFiles.ReadAll(Path.Combine(DataDirectory, JobPostingFiles.Folder)).Select(tagger.Tag).ToList();
    }

    private static string[] Spool(string path, SkillExtractor skills)
    {
        var postings = Tagged(skills);
        using var writer = new StreamWriter(path);
        foreach (var posting in postings)
        {
            writer.WriteLine(JsonSerializer.Serialize(posting, ListingJsonContext.Default.JobListing));
        }

        return postings.Select(p => p.Location).ToArray();
    }

    /// <summary>The <paramref name="i"/>th listing of the corpus, made from its real posting (copy 0 is the posting itself).</summary>
    private static JobListing Vary(JobListing posting, int i, string[] locations)
    {
        var copy = i / locations.Length;
        if (copy == 0)
        {
            return posting;
        }

        var lines = posting.Description.Split('\n');
        var dropped = lines.Length > 1 ? copy % lines.Length : -1;
        var id = $"{posting.Id}-{copy.ToString(CultureInfo.InvariantCulture)}";
        return posting with
        {
            Id = id,
            ExternalId = id,
            Title = $"{RankWords[copy % RankWords.Length]} {posting.Title}",
            Location = locations[(i * 7 + copy) % locations.Length],
            Remote = (copy % 3) switch { 0 => null, 1 => true, _ => false },
            Description = dropped < 0 ? posting.Description : string.Join('\n', lines.Where((_, n) => n != dropped)),
        };
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
