using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeMatcher.Core.Skills;

public sealed record SkillDefinition(
    string Name,
    string Category,
    IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("needs_context")] bool NeedsContext);

/// <summary>
/// The curated skill taxonomy that ships with ResumeMatcher (Skills/Data/skills.json): canonical names,
/// categories and the other ways people write each skill.
/// </summary>
public sealed class SkillTaxonomy
{
    private readonly Dictionary<string, SkillDefinition> _bySurfaceForm;
    private readonly Dictionary<string, SkillDefinition>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private SkillTaxonomy(IReadOnlyList<SkillDefinition> skills)
    {
        Skills = skills;
        _bySurfaceForm = new Dictionary<string, SkillDefinition>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            foreach (var form in skill.Aliases.Prepend(skill.Name))
            {
                var key = SkillTokenizer.Key(form);
                if (key.Length > 0)
                {
                    _bySurfaceForm.TryAdd(key, skill);
                    MaxPhraseWords = Math.Max(MaxPhraseWords, key.Count(c => c == ' ') + 1);
                }
            }
        }

        _bySpan = _bySurfaceForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<SkillDefinition> Skills { get; }

    public int MaxPhraseWords { get; }

    public bool TryFind(string key, out SkillDefinition skill) => _bySurfaceForm.TryGetValue(key, out skill!);

    /// <summary>Looks a key up without making a string of it (see <see cref="SkillTokenizer.PhraseKeys"/>).</summary>
    public bool TryFind(ReadOnlySpan<char> key, out SkillDefinition skill) => _bySpan.TryGetValue(key, out skill!);

    public SkillDefinition? FindByName(string name) =>
        _bySurfaceForm.TryGetValue(SkillTokenizer.Key(name), out var skill) ? skill : null;

    /// <summary>
    /// This taxonomy with <paramref name="imported"/> skills added (see <see cref="SkillImport"/>). A curated skill
    /// wins: an imported skill whose name the taxonomy already knows is left out, and imported aliases already taken
    /// keep pointing at the curated skill.
    /// </summary>
    public SkillTaxonomy Merge(IEnumerable<SkillDefinition> imported)
    {
        var added = imported.Where(s => !_bySurfaceForm.ContainsKey(SkillTokenizer.Key(s.Name))).ToList();
        return new SkillTaxonomy([.. Skills, .. added]);
    }

    public static SkillTaxonomy LoadEmbedded()
    {
        using var stream = OpenEmbedded("skills.json");
        return Load(stream);
    }

    public static SkillTaxonomy Load(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, TaxonomyJsonContext.Default.SkillTaxonomyFile)
            ?? throw new InvalidDataException("The skill taxonomy file is empty.");
        return new SkillTaxonomy(file.Skills);
    }

    internal static Stream OpenEmbedded(string fileName)
    {
        var name = $"ResumeMatcher.Core.Skills.Data.{fileName}";
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
    }
}

internal sealed record SkillTaxonomyFile(int Version, IReadOnlyList<SkillDefinition> Skills);

internal sealed record JobTitleFile(int Version, IReadOnlyList<JobTitleDefinition> Titles);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SkillTaxonomyFile))]
[JsonSerializable(typeof(JobTitleFile))]
internal sealed partial class TaxonomyJsonContext : JsonSerializerContext;
