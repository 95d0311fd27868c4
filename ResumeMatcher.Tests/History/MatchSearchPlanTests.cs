using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using ResumeMatcher.Api.Apis;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.History;

/// <summary>
/// Each filter of GET /api/matches, as the endpoint sends it, can be served by its index on real PostgreSQL (checked with
/// EXPLAIN and sequential scans switched off, so a filter the index cannot serve shows up as a plan without it).
/// </summary>
public sealed partial class MatchSearchPlanTests(SharedPostgres postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, object, string> Filters => new()
    {
        { "skill", "PostgreSQL", "IX_match_results_MatchedSkills" },
        { "company", "contoso", "IX_match_results_lower_Company" },
        { "title", "backend engineer", "IX_match_results_TitleSearch" },
        { "from", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "IX_match_results_CreatedAt" },
        { "min_score", 0.5, "IX_match_results_Score" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_is_served_by_its_index(string name, object value, string index)
    {
        var connectionString = postgres.Server.ConnectionStringFor(SharedPostgres.NewDatabaseName("plan"));
        await using var db = new ResumeMatcherDbContext(new DbContextOptionsBuilder<ResumeMatcherDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync(Ct);
        var filter = name switch
        {
            "skill" => new MatchFilter((string)value, null, null, null, null, null),
            "company" => new MatchFilter(null, (string)value, null, null, null, null),
            "title" => new MatchFilter(null, null, (string)value, null, null, null),
            "from" => new MatchFilter(null, null, null, (DateTimeOffset)value, null, null),
            _ => new MatchFilter(null, null, null, null, null, (double)value),
        };
        var sql = MatchSearch.Filter(db.MatchResults, filter).ToQueryString();
        var body = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        var parameter = Assert.Single(ParameterName().Matches(body).Select(m => m.Value).Distinct());

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync(Ct);
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + body, connection);
        explain.Parameters.Add(name == "skill"
            ? new NpgsqlParameter(parameter[1..], NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = new[] { (string)value } }
            : new NpgsqlParameter(parameter[1..], value));
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.True(plan.Any(line => line.Contains(index, StringComparison.Ordinal)), $"{name}: {body}\n{string.Join('\n', plan)}");
    }

    [GeneratedRegex("@[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();
}
