using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Skills;

/// <summary>
/// The RenderCV themes and the Resume-Matcher templates each carry one text in several layouts: reading order must
/// not change what is found, so every pair in a group must share nearly the same skill set.
/// </summary>
public sealed class LayoutInvarianceTests
{
    private const double MinimumJaccard = 0.9;

    private static readonly ResumeTextReader Reader = new(Options.Create(new ResumeReadingOptions()));

    private static readonly ProfileExtractor Profiles = new(
        new SkillExtractor(SkillTaxonomy.LoadEmbedded()),
        new JobTitleExtractor(JobTitleCatalog.LoadEmbedded()),
        new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("rendercv_", 6)]
    [InlineData("resumematcher_tpl_", 3)]
    public void Every_layout_of_one_text_yields_nearly_the_same_skills(string group, int files)
    {
        var folder = RepositoryPaths.RequireData("resume_pdfs");
        var skills = Directory.GetFiles(folder, $"{group}*.pdf")
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p), SkillsOf);

        Assert.Equal(files, skills.Count);
        foreach (var (a, b) in skills.Keys.SelectMany((a, i) => skills.Keys.Skip(i + 1).Select(b => (a, b))))
        {
            var jaccard = (double)skills[a].Intersect(skills[b]).Count() / skills[a].Union(skills[b]).Count();
            TestContext.Current.TestOutputHelper?.WriteLine($"{a} ~ {b}: {jaccard:0.000}");
            Assert.True(jaccard >= MinimumJaccard, $"{a} and {b}: Jaccard {jaccard:0.000}");
        }

        Assert.All(skills.Values, s => Assert.True(s.Count >= 20, $"only {s.Count} skills found"));
    }

    private static HashSet<string> SkillsOf(string path)
    {
        var text = Reader.Read(File.ReadAllBytes(path), ResumeFormat.Pdf);
        return Profiles.Extract(text).Skills.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
    }
}
