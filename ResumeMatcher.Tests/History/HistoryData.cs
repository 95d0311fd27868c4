using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Core.Tasks;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.History;

/// <summary>Seeds and inspects the history tables directly, and calls the operator endpoints with or without the key.</summary>
internal static class HistoryData
{
    public static ResumeMatcherDbContext Open(MatchingSystem system) =>
        new(new DbContextOptionsBuilder<ResumeMatcherDbContext>().UseNpgsql(system.DatabaseConnectionString).Options);

    public static Resume Resume(DateTimeOffset createdAt, params string[] skills)
    {
        var id = Guid.CreateVersion7(createdAt);
        return new Resume
        {
            Id = id,
            ContentHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()).PadRight(64, '0'),
            Format = ResumeFormat.Text,
            SizeBytes = 100,
            Content = [1, 2, 3],
            Text = "seeded resume text",
            CreatedAt = createdAt,
            Skills = skills.Select(s => new ResumeSkill { ResumeId = id, Name = s, Category = "test", Count = 1 }).ToList(),
        };
    }

    public static MatchTask NewTask(Resume resume, DateTimeOffset createdAt, MatchTaskStatus status = MatchTaskStatus.Completed, DateTimeOffset? completedAt = null) => new()
    {
        Id = Guid.NewGuid(),
        Resume = resume,
        Status = status,
        Stage = status == MatchTaskStatus.Completed ? MatchStage.Done : MatchStage.Queued,
        Limit = 10,
        MinScore = 0.2,
        CreatedAt = createdAt,
        CompletedAt = status is MatchTaskStatus.Completed or MatchTaskStatus.Failed ? completedAt ?? createdAt : null,
    };

    public static MatchResult Result(int rank, string title, string company, double score, DateTimeOffset at, string[] matched, string[]? missing = null) => new()
    {
        Rank = rank,
        ListingId = $"test:{Guid.NewGuid():N}",
        Source = "test",
        Title = title,
        Company = company,
        Location = "Remote",
        Description = "A seeded listing.",
        Url = "https://jobs.example.com/1",
        Score = score,
        Cosine = score,
        MatchedSkills = matched.ToList(),
        MissingSkills = (missing ?? []).ToList(),
        CreatedAt = at,
    };

    public static async Task SaveAsync(MatchingSystem system, CancellationToken cancellationToken, params MatchTask[] tasks)
    {
        await using var db = Open(system);
        db.MatchTasks.AddRange(tasks);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task<HttpResponseMessage> OperatorGetAsync(MatchingSystem system, string url, CancellationToken cancellationToken, string? key = HistoryFixture.OperatorKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await system.Client.SendAsync(request, cancellationToken);
    }

    public static async Task<JsonElement> OperatorJsonAsync(MatchingSystem system, string url, CancellationToken cancellationToken)
    {
        using var response = await OperatorGetAsync(system, url, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> OperatorDeleteAsync(MatchingSystem system, string url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.Add("X-Api-Key", HistoryFixture.OperatorKey);
        return await system.Client.SendAsync(request, cancellationToken);
    }

    public static async Task<Guid> ResumeIdOfTaskAsync(MatchingSystem system, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = Open(system);
        return await db.MatchTasks.Where(t => t.Id == taskId).Select(t => t.ResumeId).SingleAsync(cancellationToken);
    }

    /// <summary>Rows left anywhere that belong to the resume, its tasks or their results, or carry its content hash.</summary>
    public static async Task<long> RowsLeftAsync(MatchingSystem system, Guid resumeId, string contentHash, IReadOnlyCollection<Guid> taskIds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(system.DatabaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM resumes WHERE "Id" = @resume OR "ContentHash" = @hash)
                 + (SELECT count(*) FROM resume_skills WHERE "ResumeId" = @resume)
                 + (SELECT count(*) FROM match_tasks WHERE "ResumeId" = @resume OR "Id" = ANY(@tasks))
                 + (SELECT count(*) FROM match_results WHERE "TaskId" = ANY(@tasks))
            """, connection);
        command.Parameters.AddWithValue("resume", resumeId);
        command.Parameters.AddWithValue("hash", contentHash);
        command.Parameters.AddWithValue("tasks", taskIds.ToArray());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static List<string?> Strings(JsonElement items, string property) =>
        items.EnumerateArray().Select(i => i.GetProperty(property).GetString()).ToList();

    public static Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
}
