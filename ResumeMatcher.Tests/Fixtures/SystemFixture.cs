namespace ResumeMatcher.Tests.Fixtures;

/// <summary>A <see cref="MatchingSystem"/> shared by the tests of one class, started on first use.</summary>
public class SystemFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private MatchingSystem? _system;

    protected virtual string Purpose => "api";

    protected virtual IReadOnlyDictionary<string, string?>? Overrides => null;

    public async Task<MatchingSystem> GetAsync(SharedPostgres postgres)
    {
        await _lock.WaitAsync();
        try
        {
            return _system ??= await MatchingSystem.StartAsync(postgres, Purpose, Overrides);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
