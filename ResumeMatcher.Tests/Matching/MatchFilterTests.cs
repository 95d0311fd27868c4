using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Tests.Matching;

public sealed class MatchFilterTests
{
    private static readonly JobTitleExtractor Titles = new(JobTitleCatalog.LoadEmbedded());

    private static readonly ResumeProfile Profile = new([new ExtractedSkill("C#", "language", 2), new ExtractedSkill("PostgreSQL", "database", 1)], ["Backend Engineer"]);

    private static readonly JobListing[] Listings =
    [
        Listing("a", "Backend Engineer", "Berlin, Germany", remote: false),
        Listing("b", "Backend Engineer", "Remote, USA", remote: true),
        Listing("c", "Backend Developer", "berlin", remote: null),
        Listing("d", "Backend Engineer", "Munich, Germany", remote: true),
    ];

    [Theory]
    [InlineData(null, null, "a,b,c,d")]
    [InlineData("BERLIN", null, "a,c")]
    [InlineData(" berlin ", false, "a")]
    [InlineData(null, true, "b,d")]
    [InlineData(null, false, "a")]
    [InlineData("germany", true, "d")]
    [InlineData("Tokyo", null, "")]
    public void Location_is_a_case_insensitive_substring_and_remote_a_strict_flag(string? location, bool? remote, string expected)
    {
        var index = ListingIndex.Build(Listings, Titles);

        var matches = index.Rank(new MatchRequest("Backend engineer, C# and PostgreSQL", Profile, 0, 10, location, remote), new MatchingOptions());

        Assert.Equal(expected, string.Join(',', matches.Select(m => m.ListingId).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Filters_apply_before_the_limit()
    {
        var index = ListingIndex.Build(Listings, Titles);

        var matches = index.Rank(new MatchRequest("Backend engineer, C# and PostgreSQL", Profile, 0, 1, "munich", null), new MatchingOptions());

        Assert.Equal("d", Assert.Single(matches).ListingId);
    }

    private static JobListing Listing(string id, string title, string location, bool? remote) => new()
    {
        Id = id,
        Source = "test",
        ExternalId = id,
        Title = title,
        Company = "Acme",
        Location = location,
        Remote = remote,
        Description = "We build services in C# on PostgreSQL and Kubernetes.",
        Url = $"https://example.com/{id}",
        Skills = ["C#", "PostgreSQL", "Kubernetes"],
    };
}
