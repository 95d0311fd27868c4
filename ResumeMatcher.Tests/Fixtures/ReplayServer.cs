using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ResumeMatcher.Tests.Fixtures;

/// <summary>
/// A Kestrel server on a free loopback port that answers each path with a handler the test sets (a saved board response,
/// a fault), and records what it was asked. Unknown paths get 404 (so robots.txt is "absent": everything allowed).
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.OrdinalIgnoreCase);

    private ReplayServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The same server under another host name ("localhost" for "127.0.0.1"): a different host to the client.</summary>
    public Uri OtherHostBaseUri => new UriBuilder(BaseUri) { Host = "localhost" }.Uri;

    public ConcurrentQueue<(string PathAndQuery, string? UserAgent, DateTimeOffset At)> Requests { get; } = new();

    public static async Task<ReplayServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new ReplayServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync(cancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void MapFile(string path, string file, string contentType) =>
        Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.SendFileAsync(file, context.RequestAborted);
        });

    public void MapText(string path, string body, string contentType = "application/json", int status = 200) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });

    public int CountRequests(string path) => Requests.Count(r => r.PathAndQuery.Split('?')[0].Equals(path, StringComparison.OrdinalIgnoreCase));

    private async Task HandleAsync(HttpContext context)
    {
        Requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString(), DateTimeOffset.UtcNow));
        if (_routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler))
        {
            await handler(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
