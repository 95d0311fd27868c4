using System.Net;
using System.Text.Json;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.History;

/// <summary>
/// A system with no operator key and a tight upload limit: operator endpoints refuse, uploads are throttled per
/// client, and no CORS headers are sent.
/// </summary>
public sealed class AccessTests(SharedPostgres postgres, AccessTests.Fixture fixture) : IClassFixture<AccessTests.Fixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operator_endpoints_refuse_with_403_when_no_key_is_configured()
    {
        var system = await fixture.GetAsync(postgres);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/matches");
        request.Headers.Add("X-Api-Key", "any-key-at-all-any-key-at-all-any-key");
        using var response = await system.Client.SendAsync(request, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(403, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Uploads_past_the_per_client_limit_are_429_with_retry_after_and_status_stays_open()
    {
        var system = await fixture.GetAsync(postgres);
        var resume = TestDocuments.Utf8(TestDocuments.BackendEngineerResume);
        var accepted = new List<Guid>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 4 && rejected is null; i++)
        {
            var response = await system.Client.PostAsync("/api/match-jobs", MatchingSystem.Form(resume, "resume.txt"), Ct);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                accepted.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("task_id").GetGuid());
                response.Dispose();
            }
            else
            {
                rejected = response;
            }
        }

        Assert.NotNull(rejected);
        using (rejected)
        {
            Assert.Equal(2, accepted.Count);
            Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            var retryAfter = rejected.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        }

        // Status reads are not uploads: the submitter can still poll.
        using var status = await system.Client.GetAsync($"/api/task-status/{accepted[0]}", Ct);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
    }

    [Fact]
    public async Task No_cors_headers_without_configured_origins()
    {
        var system = await fixture.GetAsync(postgres);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/match-jobs");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await system.Client.SendAsync(preflight, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    public sealed class Fixture : SystemFixture
    {
        protected override string Purpose => "access";

        protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
        {
            ["UploadRateLimit:PermitLimit"] = "2",
            ["UploadRateLimit:Window"] = "00:10:00",
        };
    }
}
