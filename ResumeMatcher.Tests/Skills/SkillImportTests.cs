using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Hosting;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Skills;

/// <summary>Skills:Import merges O*NET, ESCO or a plain list into the embedded taxonomy; curated entries win.</summary>
public sealed class SkillImportTests
{
    private static readonly SkillTaxonomy Embedded = SkillTaxonomy.LoadEmbedded();

    [Theory]
    [InlineData("onet_29_2/technology_skills.txt", SkillImportFormat.OnetTechnologySkills)]
    [InlineData("esco/ictSkillsCollection_en.csv", SkillImportFormat.Esco)]
    [InlineData("esco/transversalSkillsCollection_en.csv", SkillImportFormat.Esco)]
    [InlineData("linkedin_skills.txt", SkillImportFormat.PlainList)]
    public void Each_format_is_recognised_and_merged_without_displacing_curated_skills(string file, SkillImportFormat format)
    {
        var path = RepositoryPaths.RequireData(["skills_taxonomy", .. file.Split('/')]);

        Assert.Equal(format, SkillImport.Detect(File.ReadLines(path).First()));
        var imported = SkillImport.Read(path, SkillImportFormat.Auto);
        var merged = Embedded.Merge(imported);

        Assert.NotEmpty(imported);
        Assert.True(merged.Skills.Count > Embedded.Skills.Count, $"{imported.Count} read, none new");
        Assert.All(Embedded.Skills, s => Assert.Same(s, merged.FindByName(s.Name)));
    }

    [Fact]
    public void An_imported_phrase_is_found_in_prose_and_a_one_word_name_only_in_skill_context()
    {
        var path = RepositoryPaths.RequireData("skills_taxonomy", "onet_29_2", "technology_skills.txt");
        var imported = SkillImport.Read(path, SkillImportFormat.Auto);
        var merged = Embedded.Merge(imported);
        var extractor = new SkillExtractor(merged);
        var phrase = imported.First(s => !s.NeedsContext && s.Name.Contains(' ', StringComparison.Ordinal)
            && s.Name.All(c => char.IsLetter(c) || c == ' ') && Embedded.FindByName(s.Name) is null);
        var word = imported.First(s => s.NeedsContext && s.Name.Length > 3 && Embedded.FindByName(s.Name) is null);

        var inProse = extractor.Extract($"SUMMARY\nDaily reporting with {phrase.Name} for the finance team.\n", SectionMap.Detect("SUMMARY\n"));
        var wordInProse = extractor.Extract($"SUMMARY\nWe often talk about {word.Name} and more.\n", SectionMap.Detect("SUMMARY\n"));
        var wordListed = extractor.Extract($"SKILLS\n{word.Name}\n", SectionMap.Detect($"SKILLS\n{word.Name}\n"));

        Assert.Contains(inProse, s => s.Name == phrase.Name);
        Assert.DoesNotContain(wordInProse, s => s.Name == word.Name);
        Assert.Contains(wordListed, s => s.Name == word.Name);
    }

    [Fact]
    public void Esco_alternative_labels_are_aliases_of_the_preferred_label()
    {
        var path = RepositoryPaths.RequireData("skills_taxonomy", "esco", "transversalSkillsCollection_en.csv");
        var imported = SkillImport.Read(path, SkillImportFormat.Esco);
        var skill = imported.First(s => s.Aliases.Any(a => a.Contains(' ', StringComparison.Ordinal)) && Embedded.FindByName(s.Name) is null);
        var alias = skill.Aliases.First(a => a.Contains(' ', StringComparison.Ordinal) && Embedded.FindByName(a) is null);

        var found = new SkillExtractor(Embedded.Merge(imported)).Extract($"Known for the ability to {alias} every day.");

        Assert.Contains(found, s => s.Name == skill.Name);
    }

    [Theory]
    [InlineData("Access", true)]
    [InlineData("teamwork", true)]
    [InlineData("IT", true)]
    [InlineData("SAP", false)]
    [InlineData("PowerPoint", false)]
    [InlineData("3ds Max", false)]
    [InlineData("Adobe Acrobat", false)]
    public void One_word_names_that_may_be_ordinary_words_need_context(string name, bool ambiguous)
    {
        Assert.Equal(ambiguous, SkillImport.IsAmbiguous(name));
    }

    [Fact]
    public void Configured_import_is_merged_at_start_and_a_missing_file_fails_validation()
    {
        var path = RepositoryPaths.RequireData("skills_taxonomy", "linkedin_skills.txt");

        using var configured = Services(path);
        using var missing = Services(Path.Combine(Path.GetTempPath(), $"no-such-skills-{Guid.NewGuid():N}.txt"));

        Assert.True(configured.GetRequiredService<SkillTaxonomy>().Skills.Count > Embedded.Skills.Count);
        var error = Assert.Throws<OptionsValidationException>(() => missing.GetRequiredService<IOptions<SkillImportOptions>>().Value);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string importPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Skills:Import:Path"] = importPath })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddResumeUnderstanding();
        return services.BuildServiceProvider();
    }
}
