using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ResumeMatcher.Core.Hosting;

namespace ResumeMatcher.AppHost;

/// <summary>
/// Redis and PostgreSQL for the app. With a healthy container runtime they run as containers; without one (or when
/// <c>BackingServices:Mode</c> is <c>local</c>) the AppHost runs the locally installed redis-server and PostgreSQL on
/// free loopback ports, and DCP starts and stops them with the app.
/// </summary>
public sealed record BackingServices(
    Func<IResourceBuilder<ProjectResource>, IResourceBuilder<ProjectResource>> Attach)
{
    public static BackingServices Add(IDistributedApplicationBuilder builder)
    {
        var mode = builder.Configuration["BackingServices:Mode"] ?? "auto";
        var useContainers = mode switch
        {
            "containers" => true,
            "local" => false,
            _ => ContainerRuntimeIsHealthy(),
        };

        return useContainers ? AddContainers(builder) : AddLocalServers(builder);
    }

    private static BackingServices AddContainers(IDistributedApplicationBuilder builder)
    {
        var redis = builder.AddRedis(ResourceNames.Redis);
        var database = builder.AddPostgres(ResourceNames.Postgres).AddDatabase(ResourceNames.Database);
        return new BackingServices(project => project
            .WithReference(redis).WaitFor(redis)
            .WithReference(database).WaitFor(database));
    }

    private static BackingServices AddLocalServers(IDistributedApplicationBuilder builder)
    {
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var stateDirectory = LocalState.Directory(builder);
        var redisPort = FreeLoopbackPort();
        var postgresPort = FreeLoopbackPort();

        var redis = builder.AddExecutable(
                ResourceNames.Redis,
                "redis-server",
                stateDirectory,
                "--port", redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no");
        var postgres = builder.AddExecutable(
                ResourceNames.Postgres,
                Path.Combine(root, "scripts", "local-postgres.sh"),
                stateDirectory,
                Path.Combine(stateDirectory, "postgres"),
                postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var redisConnection = $"127.0.0.1:{redisPort},abortConnect=false";
        var databaseConnection = $"Host=127.0.0.1;Port={postgresPort};Username=postgres;Database={ResourceNames.Database}";
        return new BackingServices(project => project
            .WithEnvironment($"ConnectionStrings__{ResourceNames.Redis}", redisConnection)
            .WithEnvironment($"ConnectionStrings__{ResourceNames.Database}", databaseConnection)
            .WithRelationship(redis.Resource, "Reference")
            .WithRelationship(postgres.Resource, "Reference"));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool ContainerRuntimeIsHealthy()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

public static class BackingServiceExtensions
{
    public static IResourceBuilder<ProjectResource> WithBackingServices(this IResourceBuilder<ProjectResource> project, BackingServices backing) =>
        backing.Attach(project);
}
