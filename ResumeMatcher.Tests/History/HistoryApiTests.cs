using System.Net;
using System.Text.Json;
using ResumeMatcher.Core.Tasks;
using ResumeMatcher.Tests.Fixtures;
using static ResumeMatcher.Tests.Fixtures.ProblemAssertions;
using static ResumeMatcher.Tests.History.HistoryData;

namespace ResumeMatcher.Tests.History;

/// <summary>The operator history endpoints against real PostgreSQL: filters, paging, the API key, and erasure.</summary>
public sealed class HistoryApiTests(SharedPostgres postgres, HistoryFixture fixture) : IClassFixture<HistoryFixture>
{
    private static readonly TimeSpan TaskTimeout = TimeSpan.FromSeconds(90);
    private static readonly DateTimeOffset Day = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<MatchingSystem> System => fixture.GetAsync(postgres);

    public static TheoryData<string> OperatorUrls => new()
    {
        $"/api/resumes/{Guid.NewGuid()}",
        $"/api/resumes/{Guid.NewGuid()}/matches",
        "/api/matches",
        "/api/matches?skill=python",
        "/api/skills/trending",
    };

    [Theory]
    [MemberData(nameof(OperatorUrls))]
    public async Task Operator_endpoints_without_a_key_are_401_problem_details(string url)
    {
        var system = await System;
        using var response = await OperatorGetAsync(system, url, Ct, key: null);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_endpoints_with_a_wrong_key_are_401()
    {
        var system = await System;
        using var wrong = await OperatorGetAsync(system, "/api/matches", Ct, key: HistoryFixture.OperatorKey + "x");
        await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/resumes/{Guid.NewGuid()}");
        using var delete = await system.Client.SendAsync(request, Ct);
        await AssertProblemAsync(delete, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Matches_filter_by_company_skill_title_words_dates_and_minimum_score()
    {
        var system = await System;
        var marker = $"Filterco {Guid.NewGuid():N}";
        var other = $"Otherco {Guid.NewGuid():N}";
        var resume = Resume(Day, "C#");
        var task = NewTask(resume, Day);
        task.Results =
        [
            Result(1, "Senior Backend Engineer", marker, 0.81, Day, ["C#", "PostgreSQL"], ["Kafka"]),
            Result(2, "Data Scientist", marker, 0.55, Day.AddDays(2), ["Python"], ["PostgreSQL"]),
            Result(3, "Frontend Developer", marker, 0.35, Day.AddDays(4), ["JavaScript"]),
            Result(4, "Backend Engineering Lead", other, 0.70, Day.AddDays(1), ["Go"], ["C#"]),
        ];
        await SaveAsync(system, Ct, task);
        var company = Uri.EscapeDataString(marker);

        var byCompany = await OperatorJsonAsync(system, $"/api/matches?company={Uri.EscapeDataString(marker.ToUpperInvariant())}", Ct);
        Assert.Equal(3, byCompany.GetProperty("total").GetInt32());
        Assert.Equal(["Frontend Developer", "Data Scientist", "Senior Backend Engineer"], Strings(byCompany.GetProperty("items"), "title"));

        // "postgres" is an alias of PostgreSQL; a listing that asks for it counts whether the resume had it or not.
        var bySkill = await OperatorJsonAsync(system, $"/api/matches?company={company}&skill=postgres", Ct);
        Assert.Equal(["Data Scientist", "Senior Backend Engineer"], Strings(bySkill.GetProperty("items"), "title"));

        var seeded = $"from={Uri.EscapeDataString(Day.ToString("O"))}&to={Uri.EscapeDataString(Day.AddDays(5).ToString("O"))}";
        var byTitle = await OperatorJsonAsync(system, $"/api/matches?title={Uri.EscapeDataString("backend engineers")}&{seeded}", Ct);
        var titles = Strings(byTitle.GetProperty("items"), "title");
        Assert.Contains("Senior Backend Engineer", titles);
        Assert.Contains("Backend Engineering Lead", titles);
        Assert.DoesNotContain("Data Scientist", titles);

        var byDates = await OperatorJsonAsync(
            system, $"/api/matches?company={company}&from={Uri.EscapeDataString(Day.AddDays(1).ToString("O"))}&to={Uri.EscapeDataString(Day.AddDays(4).ToString("O"))}", Ct);
        Assert.Equal(["Data Scientist"], Strings(byDates.GetProperty("items"), "title"));

        var byScore = await OperatorJsonAsync(system, $"/api/matches?company={company}&min_score=0.5", Ct);
        Assert.Equal(["Data Scientist", "Senior Backend Engineer"], Strings(byScore.GetProperty("items"), "title"));

        var first = byScore.GetProperty("items")[1];
        Assert.Equal(task.Id, first.GetProperty("task_id").GetGuid());
        Assert.Equal(resume.Id, first.GetProperty("resume_id").GetGuid());
        Assert.Equal(0.81, first.GetProperty("score_components").GetProperty("cosine").GetDouble(), 6);
        Assert.Equal(["Kafka"], first.GetProperty("missing_skills").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Matches_are_paged_with_a_total_and_no_overlap()
    {
        var system = await System;
        var marker = $"Pageco {Guid.NewGuid():N}";
        var task = NewTask(Resume(Day), Day);
        task.Results = Enumerable.Range(1, 25).Select(i => Result(i, $"Role {i}", marker, 0.5, Day.AddMinutes(i), ["SQL"])).ToList();
        await SaveAsync(system, Ct, task);

        var seen = new List<string?>();
        foreach (var (page, expected) in new[] { (1, 10), (2, 10), (3, 5), (4, 0) })
        {
            var body = await OperatorJsonAsync(system, $"/api/matches?company={Uri.EscapeDataString(marker)}&page={page}&page_size=10", Ct);
            Assert.Equal(25, body.GetProperty("total").GetInt32());
            Assert.Equal(page, body.GetProperty("page").GetInt32());
            Assert.Equal(10, body.GetProperty("page_size").GetInt32());
            Assert.Equal(expected, body.GetProperty("items").GetArrayLength());
            seen.AddRange(Strings(body.GetProperty("items"), "title"));
        }

        Assert.Equal(Enumerable.Range(1, 25).Reverse().Select(i => $"Role {i}"), seen);
    }

    [Theory]
    [InlineData("/api/matches?page=0", "page")]
    [InlineData("/api/matches?page_size=101", "page_size")]
    [InlineData("/api/matches?min_score=2", "min_score")]
    [InlineData("/api/matches?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("/api/skills/trending?limit=0", "limit")]
    public async Task Invalid_query_parameters_are_400_with_the_field_named(string url, string field)
    {
        var system = await System;
        using var response = await OperatorGetAsync(system, url, Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Trending_skills_count_resumes_and_distinct_matched_listings_in_the_period()
    {
        var system = await System;
        var period = new DateTimeOffset(2001, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var a = NewTask(Resume(period.AddDays(1), "Rust", "Elixir"), period.AddDays(1));
        var b = NewTask(Resume(period.AddDays(2), "Rust"), period.AddDays(2));
        var outside = NewTask(Resume(period.AddDays(-5), "Rust", "Cobol"), period.AddDays(-5));
        var shared = Result(1, "Systems Engineer", "Trendco", 0.6, period.AddDays(1), ["Rust"], ["Zig"]);
        a.Results = [shared, Result(2, "Platform Engineer", "Trendco", 0.5, period.AddDays(1), ["Rust"])];
        // The same listing matched again for another resume counts once.
        var again = Result(1, "Systems Engineer", "Trendco", 0.6, period.AddDays(2), ["Rust"], ["Zig"]);
        again.ListingId = shared.ListingId;
        b.Results = [again];
        outside.Results = [Result(1, "Mainframe Developer", "Trendco", 0.4, period.AddDays(-5), ["Cobol"])];
        await SaveAsync(system, Ct, a, b, outside);

        var trending = await OperatorJsonAsync(system, "/api/skills/trending?from=2001-03-01T00:00:00Z&to=2001-04-01T00:00:00Z", Ct);

        Assert.Equal([("Rust", 2), ("Elixir", 1)], Counts(trending.GetProperty("resume_skills")));
        Assert.Equal([("Rust", 2), ("Zig", 1)], Counts(trending.GetProperty("listing_skills")));
    }

    [Fact]
    public async Task Resume_and_its_matches_after_a_real_upload_show_profile_and_tasks_but_no_text()
    {
        var system = await System;
        var taskId = await system.UploadAsync(TestDocuments.Utf8(TestDocuments.BackendEngineerResume + $"\n{Guid.NewGuid()}"), "resume.txt");
        var status = await system.WaitForEndAsync(taskId, TaskTimeout);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        var resumeId = await ResumeIdOfTaskAsync(system, taskId, Ct);

        var resume = await OperatorJsonAsync(system, $"/api/resumes/{resumeId}", Ct);
        Assert.Contains("PostgreSQL", Strings(resume.GetProperty("skills"), "name"));
        Assert.Equal("text", resume.GetProperty("format").GetString());
        var task = Assert.Single(resume.GetProperty("tasks").EnumerateArray());
        Assert.Equal(taskId, task.GetProperty("task_id").GetGuid());
        Assert.Equal(status.GetProperty("matches").GetArrayLength(), task.GetProperty("match_count").GetInt32());
        Assert.False(resume.TryGetProperty("text", out _));
        Assert.False(resume.TryGetProperty("contacts", out _));
        Assert.DoesNotContain("Alex Example", resume.ToString(), StringComparison.Ordinal);

        var matches = await OperatorJsonAsync(system, $"/api/resumes/{resumeId}/matches?page_size=3", Ct);
        Assert.Equal(status.GetProperty("matches").GetArrayLength(), matches.GetProperty("total").GetInt32());
        Assert.Equal(
            status.GetProperty("matches").EnumerateArray().Take(3).Select(m => m.GetProperty("title").GetString()),
            Strings(matches.GetProperty("items"), "title"));

        using var missing = await OperatorGetAsync(system, $"/api/resumes/{Guid.NewGuid()}", Ct);
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Re_upload_within_the_window_reuses_the_resume_with_a_new_task()
    {
        var system = await System;
        var content = TestDocuments.Utf8(TestDocuments.BackendEngineerResume + $"\n{Guid.NewGuid()}");
        var first = await system.UploadAsync(content, "resume.txt");
        await system.WaitForEndAsync(first, TaskTimeout);
        var second = await system.UploadAsync(content, "again.txt");
        var status = await system.WaitForEndAsync(second, TaskTimeout);

        Assert.NotEqual(first, second);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Contains("PostgreSQL", Strings(status.GetProperty("skills"), "name"));
        var resumeId = await ResumeIdOfTaskAsync(system, first, Ct);
        Assert.Equal(resumeId, await ResumeIdOfTaskAsync(system, second, Ct));
        var resume = await OperatorJsonAsync(system, $"/api/resumes/{resumeId}", Ct);
        Assert.Equal(2, resume.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public async Task Operator_erasure_leaves_nothing_behind()
    {
        var system = await System;
        var content = TestDocuments.Utf8(TestDocuments.BackendEngineerResume + $"\n{Guid.NewGuid()}");
        var taskId = await system.UploadAsync(content, "resume.txt");
        await system.WaitForEndAsync(taskId, TaskTimeout);
        var resumeId = await ResumeIdOfTaskAsync(system, taskId, Ct);
        var hash = Convert.ToHexStringLower(global::System.Security.Cryptography.SHA256.HashData(content));
        Assert.True(await RowsLeftAsync(system, resumeId, hash, [taskId], Ct) > 2);

        using var deleted = await OperatorDeleteAsync(system, $"/api/resumes/{resumeId}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(0, await RowsLeftAsync(system, resumeId, hash, [taskId], Ct));
        using var status = await system.Client.GetAsync($"/api/task-status/{taskId}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        using var again = await OperatorDeleteAsync(system, $"/api/resumes/{resumeId}", Ct);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submitter_erasure_by_task_id_needs_no_key_and_leaves_nothing_behind()
    {
        var system = await System;
        var content = TestDocuments.Utf8(TestDocuments.BackendEngineerResume + $"\n{Guid.NewGuid()}");
        var first = await system.UploadAsync(content, "resume.txt");
        await system.WaitForEndAsync(first, TaskTimeout);
        var second = await system.UploadAsync(content, "resume.txt");
        await system.WaitForEndAsync(second, TaskTimeout);
        var resumeId = await ResumeIdOfTaskAsync(system, first, Ct);
        var hash = Convert.ToHexStringLower(global::System.Security.Cryptography.SHA256.HashData(content));

        using var deleted = await system.Client.DeleteAsync($"/api/task-status/{second}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(0, await RowsLeftAsync(system, resumeId, hash, [first, second], Ct));
        using var again = await system.Client.DeleteAsync($"/api/task-status/{second}", Ct);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
        using var unknown = await system.Client.DeleteAsync("/api/task-status/not-a-task", Ct);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_operator_endpoints_with_the_key_and_examples()
    {
        var system = await System;
        using var response = await system.Client.GetAsync("/openapi/v1.json", Ct);
        var document = await ReadJsonAsync(response, Ct);

        var paths = document.GetProperty("paths");
        var matches = paths.GetProperty("/api/matches").GetProperty("get");
        Assert.False(string.IsNullOrWhiteSpace(matches.GetProperty("summary").GetString()));
        Assert.Contains("OperatorApiKey", matches.GetProperty("security").ToString(), StringComparison.Ordinal);
        Assert.Contains("page_size", matches.GetProperty("parameters").ToString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, matches.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example").ValueKind);
        Assert.True(paths.GetProperty("/api/skills/trending").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/resumes/{id}").TryGetProperty("delete", out _));
        Assert.False(paths.GetProperty("/api/task-status/{task_id}").GetProperty("get").TryGetProperty("security", out _));
    }

    private static List<(string?, int)> Counts(JsonElement list) =>
        list.EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("count").GetInt32())).ToList();
}
