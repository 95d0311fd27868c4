using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Listings.Sources;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Listings;

/// <summary>
/// Faults and manners against a local server, through the real handler chain: retries with backoff, 429 and Retry-After,
/// timeouts, malformed bodies, a size cap, the host allow-list on redirects, robots.txt, the per-host rate limit and the
/// User-Agent. Each failure must read as a sentence (<see cref="ListingFailure"/>), as the task status shows it.
/// </summary>
public sealed class SourceFaultTests : IAsyncLifetime
{
    private const string BoardPath = "/v1/boards/acme/jobs";

    private const string OneJob = """
        {"jobs":[{"id":1,"title":"Backend Engineer","absolute_url":"https://boards.example/acme/jobs/1","location":{"name":"Berlin"},
          "content":"&lt;p&gt;Go and PostgreSQL&lt;/p&gt;","company_name":"Acme","first_published":"2026-01-01T00:00:00Z"}],"meta":{"total":1}}
        """;

    private ReplayServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await ReplayServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<(IReadOnlyList<JobListing>? Listings, string? Failure)> FetchGreenhouseAsync(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["BoardTokens:0"] = "acme", ["AttemptTimeout"] = "00:00:02", ["TotalTimeout"] = "00:00:10" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        await using var services = BoardSources.Build("Greenhouse", _server.BaseUri, settings);
        try
        {
            return (await services.Source(GreenhouseSource.SourceName).FetchAsync(ListingQuery.Everything, Ct), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !Ct.IsCancellationRequested)
        {
            return (null, ListingFailure.Describe(ex));
        }
    }

    /// <summary>Answers with <paramref name="failures"/> first, then the one-job board.</summary>
    private void MapSequence(params Func<HttpContext, Task>[] failures)
    {
        var calls = 0;
        _server.Map(BoardPath, async context =>
        {
            var call = Interlocked.Increment(ref calls) - 1;
            if (call < failures.Length)
            {
                await failures[call](context);
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(OneJob, context.RequestAborted);
        });
    }

    private static Func<HttpContext, Task> Status(int status, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    };

    [Fact]
    public async Task Server_error_is_retried_with_backoff_then_succeeds()
    {
        MapSequence(Status(500), Status(503));

        var (listings, failure) = await FetchGreenhouseAsync();

        Assert.Null(failure);
        Assert.Equal("Backend Engineer", Assert.Single(listings!).Title);
        Assert.Equal(3, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Service_defaults_standard_resilience_is_replaced_not_stacked()
    {
        _server.MapText(BoardPath, "oops", "text/plain", 500);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Listings:Sources:File:Enabled"] = "false",
            ["Listings:Sources:Greenhouse:Enabled"] = "true",
            ["Listings:Sources:Greenhouse:BaseUrl"] = _server.BaseUri.ToString(),
            ["Listings:Sources:Greenhouse:BoardTokens:0"] = "acme",
            ["Listings:Http:MinIntervalPerHost"] = "00:00:00",
            ["Listings:Http:RetryBaseDelay"] = "00:00:00.010",
            ["Listings:Http:MaxRetries"] = "1",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);

        // As ServiceDefaults does for every HttpClient in the Api and the Worker.
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        await using var provider = services.AddListingSources(configuration).BuildServiceProvider();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => provider.Source(GreenhouseSource.SourceName).FetchAsync(ListingQuery.Everything, Ct));
        Assert.Equal($"HTTP 500 Internal Server Error from {_server.BaseUri.Authority}", ListingFailure.Describe(failure));

        Assert.Equal(2, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Persistent_server_error_fails_with_the_status_after_the_configured_retries()
    {
        _server.MapText(BoardPath, "oops", "text/plain", 500);

        var (listings, failure) = await FetchGreenhouseAsync(new Dictionary<string, string?> { ["Listings:Http:MaxRetries"] = "2" });

        Assert.Null(listings);
        Assert.Equal($"HTTP 500 Internal Server Error from {_server.BaseUri.Authority}", failure);
        Assert.Equal(3, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after_then_succeeds()
    {
        MapSequence(Status(429, "1"));

        var (listings, failure) = await FetchGreenhouseAsync(new Dictionary<string, string?> { ["Listings:Http:RetryBaseDelay"] = "00:00:00.010" });

        Assert.Null(failure);
        Assert.Single(listings!);
        var times = _server.Requests.Where(r => r.PathAndQuery.StartsWith(BoardPath, StringComparison.Ordinal)).Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(times[1] - times[0]).TotalMilliseconds} ms, not after Retry-After");
    }

    [Fact]
    public async Task Too_many_requests_with_a_long_retry_after_fails_at_once_with_the_reason()
    {
        _server.Map(BoardPath, new RequestDelegate(Status(429, "3600")));

        var (listings, failure) = await FetchGreenhouseAsync();

        Assert.Null(listings);
        Assert.Equal($"rate limited by {_server.BaseUri.Authority}: HTTP 429, retry after 3600 s", failure);
        Assert.Equal(1, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Slow_server_times_out_per_attempt_and_fails_with_the_timeout()
    {
        _server.Map(BoardPath, async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as it should.
            }
        });

        var (listings, failure) = await FetchGreenhouseAsync(new Dictionary<string, string?>
        {
            ["AttemptTimeout"] = "00:00:00.300",
            ["TotalTimeout"] = "00:00:05",
            ["Listings:Http:MaxRetries"] = "1",
        });

        Assert.Null(listings);
        Assert.Equal("timed out after 0.3 s", failure);
        Assert.Equal(2, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Malformed_json_fails_without_retrying()
    {
        _server.MapText(BoardPath, """{"jobs":[{"id":1,"title":"Backend""");

        var (listings, failure) = await FetchGreenhouseAsync();

        Assert.Null(listings);
        Assert.StartsWith("malformed JSON: ", failure, StringComparison.Ordinal);
        Assert.Equal(1, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Oversize_body_is_refused_at_the_cap()
    {
        _server.Map(BoardPath, async context =>
        {
            context.Response.ContentType = "application/json";
            var chunk = new string(' ', 4096);
            for (var i = 0; i < 64; i++)
            {
                await context.Response.WriteAsync(chunk, context.RequestAborted);
            }
        });

        var (listings, failure) = await FetchGreenhouseAsync(new Dictionary<string, string?> { ["Listings:Http:MaxResponseBytes"] = "65536" });

        Assert.Null(listings);
        Assert.Equal($"response from {_server.BaseUri.Authority} too large: more than 65,536 bytes sent, the cap is 65,536 bytes", failure);
        Assert.Equal(1, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Declared_oversize_body_is_refused_before_reading()
    {
        _server.Map(BoardPath, async context =>
        {
            context.Response.ContentLength = 200_000;
            await context.Response.WriteAsync(new string(' ', 200_000), context.RequestAborted);
        });

        var (_, failure) = await FetchGreenhouseAsync(new Dictionary<string, string?> { ["Listings:Http:MaxResponseBytes"] = "65536" });

        Assert.Equal($"response from {_server.BaseUri.Authority} too large: 200,000 bytes declared, the cap is 65,536 bytes", failure);
    }

    [Fact]
    public async Task Redirect_to_another_host_is_refused_and_that_host_is_not_contacted()
    {
        _server.Map(BoardPath, context =>
        {
            context.Response.Redirect(new Uri(_server.OtherHostBaseUri, "/elsewhere").AbsoluteUri);
            return Task.CompletedTask;
        });
        _server.MapText("/elsewhere", OneJob);

        var (listings, failure) = await FetchGreenhouseAsync();

        Assert.Null(listings);
        Assert.Equal($"redirect to {_server.OtherHostBaseUri.Authority} refused: only {_server.BaseUri.Authority} may be contacted", failure);
        Assert.Equal(0, _server.CountRequests("/elsewhere"));
        Assert.Equal(1, _server.CountRequests(BoardPath));
    }

    [Fact]
    public async Task Redirect_within_the_configured_host_is_followed()
    {
        _server.Map(BoardPath, context =>
        {
            context.Response.Redirect("/moved");
            return Task.CompletedTask;
        });
        _server.MapText("/moved", OneJob);

        var (listings, failure) = await FetchGreenhouseAsync();

        Assert.Null(failure);
        Assert.Single(listings!);
        Assert.Equal(1, _server.CountRequests("/moved"));
    }

    [Fact]
    public async Task Every_request_carries_the_descriptive_user_agent()
    {
        _server.MapText(BoardPath, OneJob);

        await FetchGreenhouseAsync(new Dictionary<string, string?> { ["Listings:Http:UserAgent"] = "ResumeMatcherTest/2.0 (+https://example.test/contact)" });

        Assert.Equal("ResumeMatcherTest/2.0 (+https://example.test/contact)", Assert.Single(_server.Requests).UserAgent);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_rate_limit()
    {
        foreach (var site in new[] { "a", "b", "c" })
        {
            _server.MapText($"/v0/postings/{site}", "[]");
        }

        await using var services = BoardSources.Build("Lever", _server.BaseUri, new Dictionary<string, string?>
        {
            ["Sites:0"] = "a",
            ["Sites:1"] = "b",
            ["Sites:2"] = "c",
            ["Listings:Http:MinIntervalPerHost"] = "00:00:00.400",
        });
        await services.Source(LeverSource.SourceName).FetchAsync(ListingQuery.Everything, Ct);

        var times = _server.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(300), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task Scraper_respects_robots_txt_and_never_requests_a_disallowed_page()
    {
        _server.MapText("/robots.txt", "User-agent: *\nDisallow: /jobs\n\nUser-agent: Googlebot\nAllow: /\n", "text/plain");
        _server.MapText("/jobs", "<html><body><a data-jk=\"1\">x</a></body></html>", "text/html");

        await using var services = BoardSources.Build("Indeed", _server.BaseUri);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => services.Source(IndeedSource.SourceName).FetchAsync(new ListingQuery(["java"]), Ct));

        Assert.Equal($"robots.txt of {_server.BaseUri.Authority} disallows /jobs", ListingFailure.Describe(failure));
        Assert.Equal(0, _server.CountRequests("/jobs"));
    }

    [Fact]
    public async Task Html_that_is_not_a_result_page_fails_as_malformed()
    {
        _server.MapText("/jobs", "<html><body><h1>Please verify you are a human</h1></body></html>", "text/html");
        _server.MapText("/jobs-guest/jobs/api/seeMoreJobPostings/search", "<html><body><form>Sign in</form>", "text/html");

        await using var indeed = BoardSources.Build("Indeed", _server.BaseUri);
        await using var linkedIn = BoardSources.Build("LinkedIn", _server.BaseUri);
        var indeedFailure = await Assert.ThrowsAnyAsync<Exception>(() => indeed.Source(IndeedSource.SourceName).FetchAsync(new ListingQuery(["java"]), Ct));
        var linkedInFailure = await Assert.ThrowsAnyAsync<Exception>(() => linkedIn.Source(LinkedInSource.SourceName).FetchAsync(new ListingQuery(["java"]), Ct));

        Assert.Equal("malformed response: not an Indeed result page: no job cards and no embedded card data", ListingFailure.Describe(indeedFailure));
        Assert.Equal("malformed response: not a LinkedIn job-search fragment: no job cards (a sign-in or challenge page?)", ListingFailure.Describe(linkedInFailure));
    }
}
