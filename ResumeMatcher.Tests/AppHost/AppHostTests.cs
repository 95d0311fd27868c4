extern alias AppHost;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Hosting;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.AppHost;

/// <summary>The AppHost starts the whole system (local redis-server and PostgreSQL, Api, Worker) and a match completes.</summary>
public sealed class AppHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AppHost_starts_everything_and_a_match_completes()
    {
        var state = Directory.CreateTempSubdirectory("rm-apphost-");

        // The local PostgreSQL runs as the 'postgres' user when the tests run as root: it must be able to enter the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(state.FullName, (UnixFileMode)Convert.ToInt32("755", 8));
        }
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync(
                typeof(AppHost::ResumeMatcher.AppHost.BackingServices),
                ["BackingServices:Mode=local", $"BackingServices:StateDirectory={state.FullName}"],
                Ct);
            await using var app = await builder.BuildAsync(Ct);
            await app.StartAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(3));
            await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Api, timeout.Token);

            using var client = app.CreateHttpClient(ResourceNames.Api);
            using var upload = await client.PostAsync(
                "/api/match-jobs",
                MatchingSystem.Form(TestDocuments.Utf8(TestDocuments.BackendEngineerResume), "resume.txt"),
                Ct);
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
            var statusUrl = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status_url").GetString();

            JsonElement status;
            do
            {
                await Task.Delay(200, timeout.Token);
                status = await client.GetFromJsonAsync<JsonElement>(statusUrl, timeout.Token);
            }
            while (status.GetProperty("status").GetString() is "queued" or "running");

            Assert.Equal("completed", status.GetProperty("status").GetString());
            Assert.NotEmpty(status.GetProperty("matches").EnumerateArray());
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }
}
