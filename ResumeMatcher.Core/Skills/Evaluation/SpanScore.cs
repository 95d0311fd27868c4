using System.Globalization;

namespace ResumeMatcher.Core.Skills.Evaluation;

/// <summary>
/// Overlap scoring of predicted against gold spans: precision = predicted spans overlapping some gold span /
/// predicted spans; recall = gold spans overlapped by some predicted span / gold spans.
/// </summary>
public sealed record SpanScore(int GoldSpans, int PredictedSpans, int GoldFound, int PredictedCorrect, int Documents)
{
    public static SpanScore Empty { get; } = new(0, 0, 0, 0, 0);

    public double Precision => PredictedSpans == 0 ? 0 : (double)PredictedCorrect / PredictedSpans;

    public double Recall => GoldSpans == 0 ? 0 : (double)GoldFound / GoldSpans;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one document (a sentence, a resume) to the score.</summary>
    public SpanScore Add(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted) => new(
        GoldSpans + gold.Count,
        PredictedSpans + predicted.Count,
        GoldFound + gold.Count(g => predicted.Any(p => p.Overlaps(g))),
        PredictedCorrect + predicted.Count(p => gold.Any(g => g.Overlaps(p))),
        Documents + 1);

    /// <summary>The last line of <c>eval skills</c>: <c>f1=0.000 precision=0.000 recall=0.000</c>.</summary>
    public string Format() => string.Create(
        CultureInfo.InvariantCulture, $"f1={F1:0.000} precision={Precision:0.000} recall={Recall:0.000}");
}
