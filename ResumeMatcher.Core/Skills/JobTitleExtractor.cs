namespace ResumeMatcher.Core.Skills;

/// <summary>Finds the job titles a text names, in the order they first appear, on short (heading-like) lines.</summary>
public sealed class JobTitleExtractor(JobTitleCatalog catalog)
{
    /// <summary>Titles stand on short lines (a role heading, "Senior Engineer, Acme, 2019 - 2023"), not in prose.</summary>
    private const int MaxWordsOnTitleLine = 14;

    public IReadOnlyList<string> Extract(string text) => ExtractWithLines(text).Select(t => t.Title).ToList();

    /// <summary>The titles a text names, each with the line it first appears on, in text order.</summary>
    public IReadOnlyList<(string Title, int Line)> ExtractWithLines(string text)
    {
        var titles = new List<string>();
        var result = new List<(string, int)>();
        var lines = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var words = JobTitleCatalog.Words(lines[line]).ToList();
            if (words.Count == 0 || words.Count > MaxWordsOnTitleLine)
            {
                continue;
            }

            var before = titles.Count;
            AddTitlesOfLine(words, titles);
            for (var i = before; i < titles.Count; i++)
            {
                result.Add((titles[i], line));
            }
        }

        return result;
    }

    /// <summary>The catalogue title that a listing's title names, if any.</summary>
    public string? Normalise(string title)
    {
        var found = new List<string>();
        AddTitlesOfLine(JobTitleCatalog.Words(title).ToList(), found);
        return found.FirstOrDefault();
    }

    private void AddTitlesOfLine(List<string> words, List<string> titles)
    {
        for (var i = 0; i < words.Count;)
        {
            var matched = 0;
            for (var length = Math.Min(catalog.MaxPhraseWords, words.Count - i); length >= 1; length--)
            {
                var key = string.Join(' ', words.Skip(i).Take(length));
                if (catalog.TryFind(key, out var title))
                {
                    if (!titles.Contains(title.Name))
                    {
                        titles.Add(title.Name);
                    }

                    matched = length;
                    break;
                }
            }

            i += Math.Max(matched, 1);
        }
    }
}
