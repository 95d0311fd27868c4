using System.Text;

namespace ResumeMatcher.Core.Skills.Evaluation;

/// <summary>
/// Scores skill extraction on SkillSpan CoNLL files (token, skill tag, knowledge tag per line; a blank line between
/// sentences). The gold spans are the Knowledge spans (B-Knowledge, I-Knowledge): technical skills. Each sentence's
/// tokens are joined by single spaces and given to the extractor; soft skills (category soft_skills) are not
/// Knowledge and are left out of the predictions.
/// </summary>
public static class SkillSpanEvaluation
{
    public const string SoftSkillsCategory = "soft_skills";

    public static async Task<SpanScore> RunAsync(string path, SkillExtractor extractor, CancellationToken cancellationToken)
    {
        var score = SpanScore.Empty;
        foreach (var sentence in await ReadAsync(path, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            score = score.Add(sentence.Gold, Predict(sentence.Text, extractor));
        }

        return score;
    }

    public static IReadOnlyList<TextSpan> Predict(string text, SkillExtractor extractor) =>
        extractor.FindMentions(text, SectionMap.None)
            .Where(m => m.Skill.Category != SoftSkillsCategory)
            .Select(m => new TextSpan(m.Start, m.Start + m.Length))
            .ToList();

    public static async Task<IReadOnlyList<(string Text, IReadOnlyList<TextSpan> Gold)>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var sentences = new List<(string, IReadOnlyList<TextSpan>)>();
        var text = new StringBuilder();
        var gold = new List<TextSpan>();
        int? spanStart = null;
        var lastEnd = 0;

        void CloseSpan()
        {
            if (spanStart is { } start)
            {
                gold.Add(new TextSpan(start, lastEnd));
                spanStart = null;
            }
        }

        void CloseSentence()
        {
            CloseSpan();
            if (text.Length > 0)
            {
                sentences.Add((text.ToString(), gold.ToList()));
            }

            text.Clear();
            gold.Clear();
        }

        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (line.Length == 0)
            {
                CloseSentence();
                continue;
            }

            var columns = line.Split('\t');
            var knowledge = columns.Length > 2 ? columns[2] : "O";
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(columns[0]);
            if (knowledge.StartsWith("B-", StringComparison.Ordinal) || (knowledge.StartsWith("I-", StringComparison.Ordinal) && spanStart is null))
            {
                CloseSpan();
                spanStart = start;
            }
            else if (!knowledge.StartsWith("I-", StringComparison.Ordinal))
            {
                CloseSpan();
            }

            lastEnd = text.Length;
        }

        CloseSentence();
        return sentences;
    }
}
