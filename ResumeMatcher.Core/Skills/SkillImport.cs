using Sylvan.Data.Csv;

namespace ResumeMatcher.Core.Skills;

/// <summary>
/// Reads skill lists from O*NET Technology Skills, ESCO skills CSV or a plain one-skill-a-line file into skill
/// definitions to merge into the embedded taxonomy (<see cref="SkillTaxonomy.Merge"/>).
/// <para>
/// Ambiguous names: an imported name of one word made only of letters, capitalised at most at its start
/// ("Access", "Box", "Chef", "teamwork"), may be an ordinary word, so it is marked <c>needs_context</c>: it counts
/// only as the extractor counts "Go" or "R" (in a skills section, beside another skill, or before "language" and the
/// like, and not in lower case when the name is capitalised). Names with digits, inner capitals or symbols
/// ("PowerPoint", "3ds Max", "C++") and names of several words are specific enough to match anywhere. Names of
/// fewer than two characters are not imported.
/// </para>
/// </summary>
public static class SkillImport
{
    private const int MinimumNameLength = 2;

    private const int MaximumNameLength = 80;

    public static IReadOnlyList<SkillDefinition> Read(SkillImportOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        return Read(options.Path, options.Format, options.Category, options.MaxSkills);
    }

    public static IReadOnlyList<SkillDefinition> Read(string path, SkillImportFormat format, string? category = null, int maxSkills = int.MaxValue)
    {
        if (format == SkillImportFormat.Auto)
        {
            format = Detect(File.ReadLines(path).FirstOrDefault() ?? string.Empty);
        }

        var skills = new List<SkillDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, IEnumerable<string> aliases, string defaultCategory)
        {
            name = name.Trim();
            if (skills.Count >= maxSkills || name.Length is < MinimumNameLength or > MaximumNameLength)
            {
                return;
            }

            var key = SkillTokenizer.Key(name);
            if (key.Length < MinimumNameLength || !seen.Add(key))
            {
                return;
            }

            var forms = aliases.Select(a => a.Trim())
                .Where(a => a.Length is >= MinimumNameLength and <= MaximumNameLength && SkillTokenizer.Key(a).Length >= MinimumNameLength)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            skills.Add(new SkillDefinition(name, category ?? defaultCategory, forms, IsAmbiguous(name)));
        }

        switch (format)
        {
            case SkillImportFormat.OnetTechnologySkills:
                var header = (File.ReadLines(path).FirstOrDefault() ?? string.Empty).TrimStart('\uFEFF').Split('\t');
                var example = Array.IndexOf(header, "Example");
                if (example < 0)
                {
                    throw new InvalidDataException("The O*NET file has no \"Example\" column: is it technology_skills.txt?");
                }

                foreach (var line in File.ReadLines(path).Skip(1))
                {
                    var fields = line.Split('\t');
                    if (fields.Length > example)
                    {
                        Add(fields[example], [], "tools");
                    }
                }

                break;

            case SkillImportFormat.Esco:
                using (var csv = CsvDataReader.Create(path))
                {
                    var label = Ordinal(csv, "preferredLabel");
                    var alternatives = Ordinal(csv, "altLabels");
                    if (label < 0)
                    {
                        throw new InvalidDataException("The ESCO file has no \"preferredLabel\" column.");
                    }

                    while (csv.Read())
                    {
                        var alt = alternatives >= 0
                            ? csv.GetString(alternatives).Split(['\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            : [];
                        Add(csv.GetString(label), alt, "domain");
                    }
                }

                break;

            default:
                foreach (var line in File.ReadLines(path))
                {
                    if (!line.TrimStart().StartsWith('#'))
                    {
                        Add(line.TrimStart('\uFEFF'), [], "imported");
                    }
                }

                break;
        }

        return skills;
    }

    /// <summary>O*NET's header, ESCO's "preferredLabel" column, else a plain list.</summary>
    public static SkillImportFormat Detect(string firstLine)
    {
        firstLine = firstLine.TrimStart('\uFEFF');
        return firstLine.StartsWith("O*NET-SOC Code\t", StringComparison.Ordinal) ? SkillImportFormat.OnetTechnologySkills
            : firstLine.Contains("preferredLabel", StringComparison.Ordinal) && firstLine.Contains(',', StringComparison.Ordinal) ? SkillImportFormat.Esco
            : SkillImportFormat.PlainList;
    }

    private static int Ordinal(CsvDataReader csv, string name)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (string.Equals(csv.GetName(i), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One word of letters, capitalised at most at its start: it may be an ordinary word ("Access", "Box").</summary>
    public static bool IsAmbiguous(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.Length == 0)
        {
            return true;
        }

        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (!char.IsLetter(c) || (i > 0 && char.IsUpper(c) && !IsAllUpper(span)))
            {
                return false;
            }
        }

        // An acronym of capitals ("SAP", "SPSS") is a name, except when as short as an ordinary word ("IT", "GO").
        return !IsAllUpper(span) || span.Length <= 2;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length > 1;
    }
}
