[assembly: AssemblyFixture(typeof(ResumeMatcher.Tests.Fixtures.SharedPostgres))]

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>One PostgreSQL server for the whole test run; each test fixture uses a database of its own.</summary>
public sealed class SharedPostgres : IAsyncLifetime
{
    private LocalPostgresServer? _server;

    public LocalPostgresServer Server => _server ?? throw new InvalidOperationException("PostgreSQL has not started.");

    public async ValueTask InitializeAsync() => _server = await LocalPostgresServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public static string NewDatabaseName(string purpose) => $"rm_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant();
}
