using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;

namespace ResumeMatcher.Core.Resumes;

/// <summary>
/// Puts a page's words in reading order. Most resume pages are one column: their words are grouped into lines
/// by baseline and read top to bottom, left to right, which is cheap. Pages with a vertical gutter that (almost)
/// no word crosses, with text on both sides, are two-column or sidebar layouts: only those pay for PdfPig's
/// Docstrum block segmentation and reading-order detection. A gutter left by a column of dates or places beside
/// the rows of a one-column resume (RenderCV, Jake's, Awesome-CV) is not a column: those pages read line by line,
/// which keeps each date on its role's line (11 of the 47 sample pages still need Docstrum, down from 24).
/// </summary>
public static class PageLayout
{
    /// <summary>Width of the buckets of the x-projection, in points.</summary>
    private const double BucketWidth = 2;

    /// <summary>A gutter is at least this wide (points): wider than a word space, narrower than a column.</summary>
    private const double MinimumGutter = 6;

    /// <summary>Each side of a gutter holds text on at least this share of the page's lines.</summary>
    private const double MinimumSideShare = 0.2;

    /// <summary>Words crossing a gutter: a centred name or a full-width header line may, a column of text may not.</summary>
    private const double MaximumCrossingShare = 0.03;

    /// <summary>Lines with text right of a gutter that also have text left of it, in a one-column page with a date column.</summary>
    private const double MinimumRowShare = 0.85;

    /// <summary>Edges this close (points) count as aligned.</summary>
    private const double AlignmentTolerance = 2;

    public static bool IsMultiColumn(IReadOnlyList<Word> words) => IsMultiColumn(words, GroupLines(words));

    private static bool IsMultiColumn(IReadOnlyList<Word> words, List<List<Word>> lines)
    {
        if (words.Count < 20 || lines.Count < 6)
        {
            return false;
        }

        var left = words.Min(w => w.BoundingBox.Left);
        var right = words.Max(w => w.BoundingBox.Right);
        var buckets = (int)Math.Ceiling((right - left) / BucketWidth) + 1;
        if (buckets < 10)
        {
            return false;
        }

        // Coverage: how many words cover each bucket, built from start/end deltas.
        var delta = new int[buckets + 1];
        foreach (var word in words)
        {
            delta[(int)((word.BoundingBox.Left - left) / BucketWidth)]++;
            delta[(int)((word.BoundingBox.Right - left) / BucketWidth) + 1]--;
        }

        var maxCrossing = Math.Max(2, (int)(words.Count * MaximumCrossingShare));
        var gutterBuckets = (int)Math.Ceiling(MinimumGutter / BucketWidth);
        var coverage = 0;
        var run = 0;
        for (var i = 0; i < buckets; i++)
        {
            coverage += delta[i];
            run = coverage <= maxCrossing ? run + 1 : 0;
            if (run == gutterBuckets && i > buckets / 10 && i < buckets * 9 / 10)
            {
                var x = left + ((i - (gutterBuckets / 2.0)) * BucketWidth);
                if (SplitsColumns(lines, x) && !IsRowGutter(lines, x))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether both sides of a gutter at <paramref name="x"/> hold text on a good share of the lines: true of two
    /// columns and sidebars, not of a column of right-aligned dates beside job headings.
    /// </summary>
    private static bool SplitsColumns(List<List<Word>> lines, double x)
    {
        int leftLines = 0, rightLines = 0;
        foreach (var line in lines)
        {
            if (line.Any(w => w.BoundingBox.Right <= x))
            {
                leftLines++;
            }

            if (line.Any(w => w.BoundingBox.Left >= x))
            {
                rightLines++;
            }
        }

        var minimum = lines.Count * MinimumSideShare;
        return leftLines >= minimum && rightLines >= minimum;
    }

    /// <summary>
    /// Whether the text right of a gutter at <paramref name="x"/> is a column of dates or places beside the rows of a
    /// one-column resume ("Acme, Engineer ........ Jan 2020 – Present"), not a column of its own: (almost) every
    /// line with text on the right also has text on the left, and the right-hand text is not a left-aligned column.
    /// Such pages read line by line, which keeps each date on the row of the role it belongs to.
    /// </summary>
    private static bool IsRowGutter(List<List<Word>> lines, double x)
    {
        var lefts = new List<double>();
        var rights = new List<double>();
        var shared = 0;
        foreach (var line in lines)
        {
            double segmentLeft = double.MaxValue, segmentRight = double.MinValue;
            var hasLeft = false;
            foreach (var word in line)
            {
                var box = word.BoundingBox;
                if (box.Left >= x)
                {
                    segmentLeft = Math.Min(segmentLeft, box.Left);
                    segmentRight = Math.Max(segmentRight, box.Right);
                }
                else if (box.Right <= x)
                {
                    hasLeft = true;
                }
            }

            if (segmentLeft != double.MaxValue)
            {
                lefts.Add(segmentLeft);
                rights.Add(segmentRight);
                shared += hasLeft ? 1 : 0;
            }
        }

        if (lefts.Count == 0 || shared < lefts.Count * MinimumRowShare)
        {
            return false;
        }

        var leftAligned = AlignedShare(lefts);
        var rightAligned = AlignedShare(rights);
        return leftAligned < 0.5 || rightAligned >= leftAligned;
    }

    /// <summary>The share of edges within <see cref="AlignmentTolerance"/> of their median.</summary>
    private static double AlignedShare(List<double> edges)
    {
        edges.Sort();
        var median = edges[edges.Count / 2];
        var aligned = 0;
        foreach (var edge in edges)
        {
            aligned += Math.Abs(edge - median) <= AlignmentTolerance ? 1 : 0;
        }

        return (double)aligned / edges.Count;
    }

    /// <summary>Appends the page's text: lines separated by '\n', blocks (paragraphs, sections) by a blank line.</summary>
    public static void AppendText(IReadOnlyList<Word> words, StringBuilder text)
    {
        var visible = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (visible.Count == 0)
        {
            return;
        }

        var lines = GroupLines(visible);
        if (IsMultiColumn(visible, lines))
        {
            AppendBlocks(visible, text);
        }
        else
        {
            AppendLines(lines, text);
        }
    }

    private static void AppendBlocks(IReadOnlyList<Word> words, StringBuilder text)
    {
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
        {
            foreach (var line in block.TextLines)
            {
                text.AppendJoin(' ', line.Words.Select(w => w.Text)).Append('\n');
            }

            text.Append('\n');
        }
    }

    /// <summary>Words whose vertical extents overlap form a line; lines top to bottom, words left to right.</summary>
    private static List<List<Word>> GroupLines(IReadOnlyList<Word> words)
    {
        var sorted = words.OrderByDescending(w => w.BoundingBox.Top).ToList();
        var lines = new List<(double Top, double Bottom, List<Word> Words)>();
        foreach (var word in sorted)
        {
            var box = word.BoundingBox;
            var middle = (box.Top + box.Bottom) / 2;
            var index = -1;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 3; i--)
            {
                if (middle <= lines[i].Top && middle >= lines[i].Bottom)
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                lines.Add((box.Top, box.Bottom, [word]));
            }
            else
            {
                var line = lines[index];
                line.Words.Add(word);
                lines[index] = (Math.Max(line.Top, box.Top), Math.Min(line.Bottom, box.Bottom), line.Words);
            }
        }

        foreach (var line in lines)
        {
            line.Words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return lines.Select(l => l.Words).ToList();
    }

    /// <summary>One column, line by line; a vertical gap taller than a line starts a new block (a blank line).</summary>
    private static void AppendLines(List<List<Word>> lines, StringBuilder text)
    {
        double? previousBottom = null;
        double previousHeight = 0;
        foreach (var line in lines)
        {
            var top = line.Max(w => w.BoundingBox.Top);
            var bottom = line.Min(w => w.BoundingBox.Bottom);
            var height = top - bottom;
            if (previousBottom is { } below && below - top > Math.Max(height, previousHeight) * 1.3)
            {
                text.Append('\n');
            }

            text.AppendJoin(' ', line.Select(w => w.Text)).Append('\n');
            previousBottom = bottom;
            previousHeight = height;
        }

        text.Append('\n');
    }
}
