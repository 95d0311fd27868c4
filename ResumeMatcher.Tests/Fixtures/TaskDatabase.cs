using Npgsql;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>Reads task rows straight from PostgreSQL, to check what the Api does not show (attempts, duplicates).</summary>
public sealed class TaskDatabase(string connectionString)
{
    public async Task<Dictionary<string, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""SELECT "Status", count(*)::int FROM match_tasks GROUP BY "Status" """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    public async Task<List<Guid>> IdsWithStatusAsync(string status, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""SELECT "Id" FROM match_tasks WHERE "Status" = @status""", connection);
        command.Parameters.AddWithValue("status", status);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>Per task: attempts, number of result rows, and number of distinct ranks among them.</summary>
    public async Task<Dictionary<Guid, (int Attempts, int Results, int DistinctRanks)>> ResultShapeAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT t."Id", t."Attempts", count(r."Id")::int, count(DISTINCT r."Rank")::int
              FROM match_tasks t LEFT JOIN match_results r ON r."TaskId" = t."Id"
             GROUP BY t."Id", t."Attempts"
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var shape = new Dictionary<Guid, (int, int, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            shape[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }

        return shape;
    }
}
