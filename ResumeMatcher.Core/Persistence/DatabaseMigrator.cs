using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResumeMatcher.Core.Persistence;

/// <summary>
/// Applies EF Core migrations at start, retrying while PostgreSQL comes up. The readiness check
/// <see cref="DatabaseMigrationHealthCheck"/> stays unhealthy until this has finished.
/// </summary>
public sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes,
    DatabaseMigrationState state,
    ILogger<DatabaseMigrator> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ResumeMatcherDbContext>();
                await db.Database.MigrateAsync(stoppingToken);
                state.MarkReady();
                LogMigrated(attempt);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogMigrationFailed(ex, attempt);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date (attempt {Attempt})")]
    private partial void LogMigrated(int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying database migrations failed (attempt {Attempt}); retrying")]
    private partial void LogMigrationFailed(Exception exception, int attempt);
}

/// <summary>Whether migrations have been applied in this process.</summary>
public sealed class DatabaseMigrationState
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    internal void MarkReady() => _ready.TrySetResult();
}

public sealed class DatabaseMigrationHealthCheck(DatabaseMigrationState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsReady
            ? HealthCheckResult.Healthy("Database migrations applied.")
            : HealthCheckResult.Unhealthy("Database migrations have not been applied yet."));
}
