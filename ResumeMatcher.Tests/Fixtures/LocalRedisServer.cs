using StackExchange.Redis;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>A real redis-server on a free loopback port, without persistence, owned by one test fixture.</summary>
public sealed class LocalRedisServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rm-redis-").FullName;

    private LocalRedisServer(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000";

    public static async Task<LocalRedisServer> StartAsync()
    {
        var server = new LocalRedisServer(FreePort.Next());
        await server.StartProcessAsync();
        return server;
    }

    public async Task StartProcessAsync()
    {
        await ProcessRunner.RunAsync("redis-server", [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--daemonize", "yes",
            "--pidfile", Path.Combine(_directory, "redis.pid"),
            "--logfile", Path.Combine(_directory, "redis.log"),
            "--dir", _directory,
        ]);
        await WaitUntilAsync(() => PingAsync(), TimeSpan.FromSeconds(10));
    }

    /// <summary>Stops the server and loses all its data, as a crash of a Redis without persistence would.</summary>
    public async Task StopAsync()
    {
        try
        {
            await ProcessRunner.RunAsync("redis-cli", ["-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "shutdown", "nosave"]);
        }
        catch (InvalidOperationException)
        {
            // redis-cli reports the dropped connection of a shutdown as an error on some versions.
        }

        await WaitUntilAsync(async () => !await PingAsync(), TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},abortConnect=true,connectTimeout=500");
            await connection.GetDatabase().PingAsync();
            return true;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("redis-server did not reach the expected state in time.");
            }

            await Task.Delay(50);
        }
    }
}
