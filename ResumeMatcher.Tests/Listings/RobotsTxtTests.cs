using ResumeMatcher.Core.Listings.Http;

namespace ResumeMatcher.Tests.Listings;

public sealed class RobotsTxtTests
{
    private const string Content = """
        # comment
        User-agent: *
        Disallow: /jobs
        Allow: /jobs/public
        Disallow: /*.pdf$

        User-agent: ResumeMatcher
        User-agent: OtherBot
        Disallow: /private
        """;

    [Theory]
    [InlineData("SomeBot", "/jobs?q=java", false)]
    [InlineData("SomeBot", "/jobs/public/1", true)]
    [InlineData("SomeBot", "/files/cv.pdf", false)]
    [InlineData("SomeBot", "/files/cv.pdf?x=1", true)]
    [InlineData("SomeBot", "/about", true)]
    [InlineData("ResumeMatcher", "/jobs?q=java", true)]
    [InlineData("ResumeMatcher", "/private/x", false)]
    public void Longest_rule_of_the_agents_group_decides(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Content, agent).IsAllowed(new Uri("https://example.test" + path)));
}
