using System.Text.Json;

namespace ResumeMatcher.Core.Skills;

public sealed record JobTitleDefinition(string Name, string Field, IReadOnlyList<string> Aliases);

/// <summary>Job titles and their aliases (Skills/Data/job-titles.json), to find the roles a resume names.</summary>
public sealed class JobTitleCatalog
{
    /// <summary>
    /// Words of rank that do not change the role: "Senior Software Engineer" is a Software Engineer. ("Chief" is not
    /// one of them: a Chief Technology Officer is a role of its own.)
    /// </summary>
    internal static readonly HashSet<string> SeniorityWords = new(StringComparer.Ordinal)
    {
        "senior", "sr", "junior", "jr", "lead", "principal", "associate", "trainee", "intern", "entry-level",
        "mid-level", "i", "ii", "iii", "iv",
    };

    private readonly Dictionary<string, JobTitleDefinition> _byKey;
    private readonly Dictionary<string, JobTitleDefinition>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private JobTitleCatalog(IReadOnlyList<JobTitleDefinition> titles)
    {
        Titles = titles;
        _byKey = new Dictionary<string, JobTitleDefinition>(StringComparer.Ordinal);

        // Forms are indexed with all their words: rank words are skipped in the text, where they stand before or
        // after the role ("Senior Software Engineer II"), never in the form. Dropping them from the form made
        // "Team Lead" the key "team" and "Sales Associate" the key "sales", found in any line naming a team or sales.
        foreach (var title in titles)
        {
            foreach (var form in title.Aliases.Prepend(title.Name))
            {
                var key = SkillTokenizer.Key(form);
                if (key.Length > 0)
                {
                    _byKey.TryAdd(key, title);
                    MaxPhraseWords = Math.Max(MaxPhraseWords, key.Count(c => c == ' ') + 1);
                }
            }
        }

        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<JobTitleDefinition> Titles { get; }

    public int MaxPhraseWords { get; }

    public static JobTitleCatalog LoadEmbedded()
    {
        using var stream = SkillTaxonomy.OpenEmbedded("job-titles.json");
        var file = JsonSerializer.Deserialize(stream, TaxonomyJsonContext.Default.JobTitleFile)
            ?? throw new InvalidDataException("The job title file is empty.");
        return new JobTitleCatalog(file.Titles);
    }

    /// <summary>The lower-cased words of a title with rank words removed.</summary>
    public static IEnumerable<string> Words(string title) =>
        SkillTokenizer.Tokenize(title).Select(t => t.Normal).Where(w => !SeniorityWords.Contains(w));

    public bool TryFind(string key, out JobTitleDefinition title) => _byKey.TryGetValue(key, out title!);

    /// <summary>Looks a key (lower-case words joined by single spaces) up without making a string of it.</summary>
    public bool TryFind(ReadOnlySpan<char> key, out JobTitleDefinition title) => _bySpan.TryGetValue(key, out title!);
}
