using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ResumeMatcher.Core.Resumes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ResumeMatcher.Benchmarks.Resumes;

/// <summary>
/// Text extraction over every resume PDF in ../shared/data/resume_pdfs, per page: ResumeMatcher's reader (Docstrum only
/// on multi-column pages), the full Docstrum layout on every page (the earlier reader), and PdfPig's plain page text.
/// One invocation reads every file from memory; the "ms/page" column divides by the number of pages.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PdfExtractionBenchmarks
{
    private static readonly ResumeReadingOptions Options = new();

    private List<byte[]> _files = [];

    public static int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchmarkData.ResumePdfs().Select(File.ReadAllBytes).ToList();
        Pages = _files.Sum(PdfTextExtractor.CountPages);
        Console.WriteLine($"// {_files.Count} PDFs, {Pages} pages");
    }

    [Benchmark(Baseline = true, Description = "ResumeMatcher reader (adaptive layout)")]
    public int ResumeMatcherReader()
    {
        var characters = 0;
        foreach (var file in _files)
        {
            characters += PdfTextExtractor.Extract(file, Options).Length;
        }

        return characters;
    }

    [Benchmark(Description = "Docstrum + reading order on every page")]
    public int FullLayoutEveryPage()
    {
        var characters = 0;
        foreach (var file in _files)
        {
            using var document = PdfDocument.Open(file);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
                foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words)))
                {
                    foreach (var line in block.TextLines)
                    {
                        text.AppendJoin(' ', line.Words.Select(w => w.Text)).Append('\n');
                    }
                }
            }

            characters += text.Length;
        }

        return characters;
    }

    [Benchmark(Description = "PdfPig page.Text (no reading order)")]
    public int PdfPigPageText()
    {
        var characters = 0;
        foreach (var file in _files)
        {
            using var document = PdfDocument.Open(file);
            foreach (var page in document.GetPages())
            {
                characters += page.Text.Length;
            }
        }

        return characters;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new PerItemColumn("ms/page", _ => BenchmarkData.TotalPages));
    }
}
