using Microsoft.Extensions.Time.Testing;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Skills;

public sealed class ProfileExtractorTests
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.LoadEmbedded();

    private static ProfileExtractor Extractor(DateTimeOffset now) => new(
        new SkillExtractor(Taxonomy),
        new JobTitleExtractor(JobTitleCatalog.LoadEmbedded()),
        new FakeTimeProvider(now));

    private static readonly DateTimeOffset June2024 = new(2024, 6, 15, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sections_of_a_resume_are_recognised_in_order()
    {
        var profile = Extractor(June2024).Extract(TestDocuments.BackendEngineerResume);

        Assert.Equal([SectionMap.Summary, SectionMap.Experience, SectionMap.Skills, SectionMap.Education], profile.Sections);
    }

    [Fact]
    public void Skills_carry_the_sections_they_were_found_in_and_their_count()
    {
        var profile = Extractor(June2024).Extract(TestDocuments.BackendEngineerResume);

        var postgres = Assert.Single(profile.Skills, s => s.Name == "PostgreSQL");
        Assert.Equal(3, postgres.Count);
        Assert.Equal([SectionMap.Summary, SectionMap.Experience, SectionMap.Skills], postgres.Sections);
        Assert.Contains(profile.Skills, s => s.Name == "C#");
        Assert.Contains(profile.Skills, s => s.Name == "CI/CD");
    }

    [Fact]
    public void Go_counts_in_a_skills_section_and_not_in_prose()
    {
        var extractor = Extractor(June2024);

        var listed = extractor.Extract("SKILLS\nGo\nTeam work\n");
        var prose = extractor.Extract("SUMMARY\nReady to Go the extra mile; we go far. R and D lead.\n");

        Assert.Contains(listed.Skills, s => s.Name == "Go");
        Assert.DoesNotContain(prose.Skills, s => s.Name is "Go" or "R");
    }

    [Fact]
    public void Years_merge_overlapping_ranges_and_count_present_up_to_now()
    {
        const string text = """
            EXPERIENCE
            Senior Software Engineer, Contoso, Jan 2020 - Present
            Consultant (part time), Fabrikam, 06/2021 – 12/2022
            Data Analyst, Northwind, March 2016 to Dec 2019

            EDUCATION
            B.Sc. Computer Science, 2012 - 2016
            """;

        var profile = Extractor(June2024).Extract(text);

        // Mar 2016 - Dec 2019 is 46 months; Jan 2020 - Jun 2024 is 54; the consulting years lie inside it.
        Assert.Equal(8.3, profile.YearsOfExperience);
        Assert.Equal("Software Engineer", profile.CurrentTitle);
        Assert.Equal(["Consultant", "Data Analyst"], profile.PastTitles);
        Assert.Equal(DegreeExtractor.Bachelor, profile.HighestDegree);
    }

    [Fact]
    public void Titles_come_from_role_lines_and_the_header_not_from_skills_bullets_or_prose()
    {
        const string text = """
            Alex Example
            Senior Backend Engineer
            alex@example.com

            SUMMARY
            Backend engineer who enjoys the learning and development of distributed systems. Once a server at a diner.

            EXPERIENCE
            Senior Software Engineer, Example Corp, Jan 2021 - Present
            • Acted as team lead for the shipping and receiving integrations on SQL Server.
            • Built order services in C# and .NET for the sales associate tools.
            Data Analyst | Sample Analytics | 2017 - 2020
            Worked with the shipping clerk team to automate weekly reports in Python.

            SKILLS
            SQL Server, Team Lead, Python, C#, Learning & Development Specialist tooling
            """;

        var profile = Extractor(June2024).Extract(text);

        Assert.Equal(["Backend Engineer", "Software Engineer", "Data Analyst"], profile.Titles);
        Assert.Equal("Software Engineer", profile.CurrentTitle);
        Assert.Equal(["Data Analyst"], profile.PastTitles);
    }

    [Fact]
    public void A_one_word_title_counts_capitalised_on_a_role_line_but_not_inside_a_skill()
    {
        const string text = """
            EXPERIENCE
            Consultant, Example Advisory, 2019 - Present
            partner integrations, Example Corp, 2016 - 2019
            Microsoft SQL Server administration, 2014 - 2016
            """;

        var profile = Extractor(June2024).Extract(text);

        Assert.Equal(["Consultant"], profile.Titles);
    }

    [Fact]
    public void Without_an_experience_section_the_headline_gives_the_title()
    {
        var profile = Extractor(June2024).Extract("Sam Sample\nData Engineer\nsam@example.com\n\nSKILLS\nPython, Spark, Airflow\n");

        Assert.Equal("Data Engineer", profile.CurrentTitle);
    }

    [Theory]
    [InlineData("Senior Software Engineer II", "Software Engineer")]
    [InlineData("Team Lead, Platform", "Team Lead")]
    [InlineData("Sales Team Coordinator", null)]
    [InlineData("Tech Lead", "Technical Lead")]
    public void Listing_titles_normalise_to_the_catalogue_with_whole_forms(string title, string? expected)
    {
        Assert.Equal(expected, new JobTitleExtractor(JobTitleCatalog.LoadEmbedded()).Normalise(title));
    }

    [Fact]
    public void Years_follow_the_clock()
    {
        const string text = "EXPERIENCE\nData Analyst, Example Corp, 2022 - Current\n";

        var early = Extractor(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero)).Extract(text);
        var later = Extractor(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)).Extract(text);

        Assert.Equal(1.1, early.YearsOfExperience);
        Assert.Equal(3.1, later.YearsOfExperience);
    }

    [Fact]
    public void A_resume_without_dates_has_no_years()
    {
        Assert.Null(Extractor(June2024).Extract("SKILLS\nPython, SQL\n").YearsOfExperience);
    }

    [Theory]
    [InlineData("EDUCATION\nPh.D. in Physics, 2019\nM.Sc. Physics, 2014", DegreeExtractor.Doctorate)]
    [InlineData("EDUCATION\nMBA, Example Business School", DegreeExtractor.Master)]
    [InlineData("EDUCATION\nB.Tech in Computer Science", DegreeExtractor.Bachelor)]
    [InlineData("EDUCATION\nHigh School Diploma, 2010", DegreeExtractor.Diploma)]
    [InlineData("SKILLS\nMS Office, Excel", null)]
    public void The_highest_degree_is_found(string text, string? degree)
    {
        Assert.Equal(degree, Extractor(June2024).Extract(text).HighestDegree);
    }

    [Fact]
    public void Contacts_are_kept_in_the_profile_but_not_in_its_text_form()
    {
        const string text = "Sam Sample\nsam.sample@example.com | linkedin.com/in/sam-sample | https://github.com/samsample.\n";

        var profile = Extractor(June2024).Extract(text);

        Assert.Equal(["sam.sample@example.com", "linkedin.com/in/sam-sample", "https://github.com/samsample"], profile.Contacts);
        Assert.DoesNotContain("example.com", profile.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sam-sample", profile.ToString(), StringComparison.Ordinal);
    }
}
