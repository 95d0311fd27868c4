using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Api.Apis;

/// <summary>Example answers of the history endpoints, for the OpenAPI document (made-up values).</summary>
internal static class HistoryExamples
{
    private static readonly DateTimeOffset Uploaded = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly ResumeDetail Resume = new(
        Guid.Parse("0193f2a0-5b1c-7d2e-8f00-1a2b3c4d5e6f"),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ResumeFormat.Pdf,
        48_213,
        Uploaded,
        false,
        Uploaded.AddHours(1),
        ["Senior Backend Engineer"],
        8.0,
        "Bachelor",
        [new SkillResponse("C#", "language", 5), new SkillResponse("PostgreSQL", "database", 3)],
        [new TaskSummary(Guid.Parse("5b7c0e9a-2f4d-4c1e-9a3b-7d6e5f4a3b2c"), MatchTaskStatus.Completed, MatchStage.Done, 1, Uploaded, Uploaded.AddSeconds(1), Uploaded.AddSeconds(3), null, 10)]);

    public static readonly ResultPage<MatchRecord> MatchPage = new(
        [
            new MatchRecord(
                4211,
                Guid.Parse("5b7c0e9a-2f4d-4c1e-9a3b-7d6e5f4a3b2c"),
                Guid.Parse("0193f2a0-5b1c-7d2e-8f00-1a2b3c4d5e6f"),
                Uploaded.AddSeconds(3),
                1,
                "greenhouse:contoso:4711",
                "Senior .NET Engineer",
                "Contoso",
                "Berlin, Germany",
                true,
                "https://boards.example.com/contoso/jobs/4711",
                "greenhouse",
                0.61,
                new ScoreComponentsResponse(0.42, 0.8, 0.9),
                ["C#", "PostgreSQL"],
                ["Kafka"]),
        ],
        1,
        20,
        57);

    public static readonly TrendingSkills Trending = new(
        Uploaded.AddDays(-30),
        Uploaded,
        [new SkillCount("Python", 412), new SkillCount("SQL", 388)],
        [new SkillCount("Kubernetes", 97), new SkillCount("AWS", 91)]);
}
