using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Benchmarks.Resumes;

/// <summary>
/// Profile extraction (sections, skills, titles, years, degree, contacts) over the text of every resume PDF, read once
/// in setup; the "ms/resume" column divides by the number of resumes.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ProfileExtractionBenchmarks
{
    private List<string> _texts = [];
    private ProfileExtractor _profiles = null!;

    public static int Resumes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkData.ResumePdfs()
            .Select(f => PdfTextExtractor.Extract(File.ReadAllBytes(f), new ResumeReadingOptions()))
            .ToList();
        Resumes = _texts.Count;
        _profiles = new ProfileExtractor(
            new SkillExtractor(SkillTaxonomy.LoadEmbedded()),
            new JobTitleExtractor(JobTitleCatalog.LoadEmbedded()),
            TimeProvider.System);
    }

    [Benchmark(Description = "ProfileExtractor.Extract")]
    public int ExtractProfiles()
    {
        var skills = 0;
        foreach (var text in _texts)
        {
            skills += _profiles.Extract(text).Skills.Count;
        }

        return skills;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new PerItemColumn("ms/resume", _ => BenchmarkData.ResumePdfs().Count));
    }
}
