using Npgsql;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>
/// A real PostgreSQL server for the test run: the one named by RESUMEMATCHER_TEST_POSTGRES, or a throwaway cluster
/// started on a free loopback port (run as the 'postgres' user when the tests run as root).
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "RESUMEMATCHER_TEST_POSTGRES";

    private readonly string? _directory;

    private LocalPostgresServer(string baseConnectionString, string? directory)
    {
        BaseConnectionString = baseConnectionString;
        _directory = directory;
    }

    public string BaseConnectionString { get; }

    /// <summary>A connection string to a database of its own (created by the first migration).</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = database }.ConnectionString;

    public static async Task<LocalPostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } external)
        {
            return new LocalPostgresServer(external, null);
        }

        var bin = await FindBinDirectoryAsync();
        var directory = Directory.CreateTempSubdirectory("rm-postgres-").FullName;
        if (ProcessRunner.IsRoot)
        {
            await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", directory]);
        }

        var port = FreePort.Next();
        var data = Path.Combine(directory, "data");
        await ProcessRunner.RunAsServerUserAsync(Path.Combine(bin, "initdb"), [
            "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        ]);
        await ProcessRunner.RunAsServerUserAsync(Path.Combine(bin, "pg_ctl"), [
            "-D", data, "-l", Path.Combine(directory, "postgres.log"), "-w",
            "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start",
        ]);
        return new LocalPostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is null)
        {
            return;
        }

        var bin = await FindBinDirectoryAsync();
        await ProcessRunner.RunAsServerUserAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"]);
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<string> FindBinDirectoryAsync()
    {
        foreach (var candidate in Environment.GetEnvironmentVariable("PATH")!.Split(':'))
        {
            if (File.Exists(Path.Combine(candidate, "initdb")))
            {
                return Path.GetDirectoryName(Path.GetFullPath(new FileInfo(Path.Combine(candidate, "initdb")).ResolveLinkTarget(true)?.FullName ?? Path.Combine(candidate, "initdb")))!;
            }
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        return installed ?? (await ProcessRunner.RunAsync("pg_config", ["--bindir"])).Trim();
    }
}
