using System.Text.Json;
using System.Text.RegularExpressions;

namespace ResumeMatcher.Core.Skills.Evaluation;

/// <summary>
/// Scores skill extraction on the DataTurks "Entity Recognition in Resumes" JSON Lines file.
/// Gold: the items of each resume's Skills spans. A span is first re-anchored by searching its text in the resume
/// (some offsets in the file are off), then split into items on commas, semicolons, line breaks, bullets and
/// " - "; a "Label:" prefix ("Programming Languages: C") and parenthesised notes ("(3 years)") are cut off, and
/// items without a letter are dropped. Predicted: every skill the profile extractor finds anywhere in the resume
/// text, as character spans. Matching is by overlap, as for SkillSpan. Resumes with no Skills span are skipped
/// (the dataset leaves many unlabelled), so are resumes whose Skills text cannot be found.
/// </summary>
public static partial class DataTurksEvaluation
{
    public static async Task<SpanScore> RunAsync(string path, SkillExtractor extractor, CancellationToken cancellationToken)
    {
        var score = SpanScore.Empty;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var content = document.RootElement.GetProperty("content").GetString() ?? string.Empty;
            var gold = GoldItems(content, document.RootElement);
            if (gold.Count == 0)
            {
                continue;
            }

            var predicted = extractor.FindMentions(content, SectionMap.Detect(content))
                .Select(m => new TextSpan(m.Start, m.Start + m.Length))
                .ToList();
            score = score.Add(gold, predicted);
        }

        return score;
    }

    public static List<TextSpan> GoldItems(string content, JsonElement resume)
    {
        var items = new List<TextSpan>();
        if (!resume.TryGetProperty("annotation", out var annotations) || annotations.ValueKind != JsonValueKind.Array)
        {
            return items;
        }

        foreach (var annotation in annotations.EnumerateArray())
        {
            if (!annotation.GetProperty("label").EnumerateArray().Any(l => l.GetString() == "Skills"))
            {
                continue;
            }

            foreach (var point in annotation.GetProperty("points").EnumerateArray())
            {
                var text = point.GetProperty("text").GetString() ?? string.Empty;
                var start = Anchor(content, text, point.GetProperty("start").GetInt32());
                if (start < 0)
                {
                    continue;
                }

                foreach (var item in SplitItems(text))
                {
                    var span = new TextSpan(start + item.Start, start + item.End);
                    if (!items.Contains(span))
                    {
                        items.Add(span);
                    }
                }
            }
        }

        return items;
    }

    /// <summary>The items of a Skills span, as spans relative to its start.</summary>
    public static IEnumerable<TextSpan> SplitItems(string text)
    {
        var position = 0;
        foreach (var piece in Separators().Split(text))
        {
            var pieceStart = text.IndexOf(piece, position, StringComparison.Ordinal);
            position = pieceStart + piece.Length;
            var value = Parenthesised().Replace(piece, m => new string(' ', m.Length));
            var colon = value.LastIndexOf(':');
            var from = colon >= 0 ? colon + 1 : 0;
            var trimmedStart = from + (value.Length - from - value[from..].TrimStart(TrimChars).Length);
            var trimmedEnd = value.TrimEnd(TrimChars).Length;
            if (trimmedEnd > trimmedStart && value[trimmedStart..trimmedEnd].Any(char.IsLetter))
            {
                yield return new TextSpan(pieceStart + trimmedStart, pieceStart + trimmedEnd);
            }
        }
    }

    private static readonly char[] TrimChars = [' ', '\t', '\r', '\n', '.', '-', '*', '•', '❖', '●', '▪', '·', '–', ':'];

    private static int Anchor(string content, string text, int start)
    {
        if (start >= 0 && start + text.Length <= content.Length && string.CompareOrdinal(content, start, text, 0, text.Length) == 0)
        {
            return start;
        }

        // The text is right where the offsets are not: take the occurrence nearest the stated start.
        var best = -1;
        for (var i = content.IndexOf(text, StringComparison.Ordinal); i >= 0; i = content.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(i - start) < Math.Abs(best - start))
            {
                best = i;
            }
        }

        return best;
    }

    [GeneratedRegex(@"[,;\n•❖●▪·|]|\s-\s|\s–\s", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();
}
