using System.Text.Json;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Listings.Sources;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Listings;

/// <summary>
/// Every saved board response in the evaluation data, replayed from a local server through the real source wiring
/// (Refit clients or AngleSharp scrapers, handlers and all), and the parsed listings checked against the raw responses.
/// </summary>
public sealed class SavedResponseTests : IAsyncLifetime
{
    private ReplayServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await ReplayServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static string Saved(string name) => RepositoryPaths.RequireData("job_board_responses", name);

    private static JsonElement Raw(string file) =>
        JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();

    private async Task<IReadOnlyList<JobListing>> FetchAsync(string section, string name, IDictionary<string, string?>? settings = null, ListingQuery? query = null)
    {
        await using var services = BoardSources.Build(section, _server.BaseUri, settings);
        return await services.Source(name).FetchAsync(query ?? ListingQuery.Everything, Ct);
    }

    private static void AssertClean(JobListing listing)
    {
        Assert.DoesNotMatch("<[a-zA-Z/!]", listing.Description);
        Assert.DoesNotContain("&lt;", listing.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", listing.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("&nbsp;", listing.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", listing.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", listing.Description, StringComparison.Ordinal);
        Assert.Equal(listing.Description.Trim(), listing.Description);
        Assert.Equal($"{listing.Source}:{listing.ExternalId}", listing.Id);
        Assert.True(Uri.IsWellFormedUriString(listing.Url, UriKind.Absolute), listing.Url);
    }

    [Fact]
    public async Task Greenhouse_board_maps_every_job_with_its_unescaped_description()
    {
        var file = Saved("greenhouse_board_api_smarterdx_sample.json");
        _server.MapFile("/v1/boards/smarterdx/jobs", file, "application/json");

        var listings = await FetchAsync("Greenhouse", GreenhouseSource.SourceName, new Dictionary<string, string?> { ["BoardTokens:0"] = "smarterdx" });

        var raw = Raw(file).GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(raw.Count, listings.Count);
        Assert.Contains(_server.Requests, r => r.PathAndQuery == "/v1/boards/smarterdx/jobs?content=true");
        foreach (var (job, listing) in raw.Zip(listings))
        {
            AssertClean(listing);
            Assert.Equal(job.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), listing.ExternalId);
            Assert.Equal(job.GetProperty("title").GetString()!.Trim(), listing.Title);
            Assert.Equal(job.GetProperty("company_name").GetString(), listing.Company);
            Assert.Equal(job.GetProperty("location").GetProperty("name").GetString(), listing.Location);
            Assert.Equal(job.GetProperty("absolute_url").GetString(), listing.Url);
            Assert.Equal(DateTimeOffset.Parse(job.GetProperty("first_published").GetString()!, System.Globalization.CultureInfo.InvariantCulture), listing.PostedAt);
            Assert.True(listing.Remote);
            Assert.True(listing.Description.Length > 500);
            Assert.StartsWith(listing.Company, listing.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Lever_site_maps_postings_with_lists_and_workplace()
    {
        var file = Saved("lever_postings_api_palantir_sample.json");
        _server.MapFile("/v0/postings/palantir", file, "application/json");

        var listings = await FetchAsync("Lever", LeverSource.SourceName, new Dictionary<string, string?> { ["Sites:0"] = "palantir" });

        var raw = Raw(file).EnumerateArray().ToList();
        Assert.Equal(raw.Count, listings.Count);
        foreach (var (posting, listing) in raw.Zip(listings))
        {
            AssertClean(listing);
            Assert.Equal(posting.GetProperty("id").GetString(), listing.ExternalId);
            Assert.Equal(posting.GetProperty("text").GetString(), listing.Title);
            Assert.Equal("palantir", listing.Company);
            Assert.Equal(posting.GetProperty("categories").GetProperty("location").GetString(), listing.Location);
            Assert.Equal(posting.GetProperty("hostedUrl").GetString(), listing.Url);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(posting.GetProperty("createdAt").GetInt64()), listing.PostedAt);
            Assert.Equal(posting.GetProperty("workplaceType").GetString() == "remote", listing.Remote);
            foreach (var list in posting.GetProperty("lists").EnumerateArray())
            {
                Assert.Contains(list.GetProperty("text").GetString()!.Trim(), listing.Description, StringComparison.Ordinal);
            }

            var opening = ListingText.Normalise(posting.GetProperty("descriptionPlain").GetString()!).Split('\n')[0];
            Assert.StartsWith(opening, listing.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ashby_board_maps_jobs_with_remote_flag()
    {
        var file = Saved("ashby_board_api_sample.json");
        _server.MapFile("/posting-api/job-board/openevidence", file, "application/json");

        var listings = await FetchAsync("Ashby", AshbySource.SourceName, new Dictionary<string, string?> { ["Organizations:0"] = "openevidence" });

        var raw = Raw(file).GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(raw.Count, listings.Count);
        foreach (var (job, listing) in raw.Zip(listings))
        {
            AssertClean(listing);
            Assert.Equal(job.GetProperty("id").GetString(), listing.ExternalId);
            Assert.Equal(job.GetProperty("title").GetString(), listing.Title);
            Assert.Equal(job.GetProperty("location").GetString(), listing.Location);
            Assert.Equal(job.GetProperty("jobUrl").GetString(), listing.Url);
            Assert.Equal(job.GetProperty("isRemote").GetBoolean(), listing.Remote);
            Assert.Null(listing.Salary);
            var plain = ListingText.Normalise(job.GetProperty("descriptionPlain").GetString()!);
            Assert.Equal(Words(plain), Words(listing.Description));
        }
    }

    [Fact]
    public async Task Remotive_response_with_bom_maps_every_job_with_salary_when_given()
    {
        var file = Saved("remotive_api_2026-07.json");
        _server.MapFile("/api/remote-jobs", file, "application/json");

        var listings = await FetchAsync("Remotive", RemotiveSource.SourceName, query: new ListingQuery(["python"]));

        var raw = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(raw.Count, listings.Count);
        Assert.Contains(_server.Requests, r => r.PathAndQuery.StartsWith("/api/remote-jobs?search=python", StringComparison.Ordinal));
        foreach (var (job, listing) in raw.Zip(listings))
        {
            AssertClean(listing);
            Assert.Equal(job.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), listing.ExternalId);
            Assert.Equal(job.GetProperty("company_name").GetString()!.Trim(), listing.Company);
            Assert.Equal(job.GetProperty("url").GetString(), listing.Url);
            Assert.True(listing.Remote);
            Assert.NotNull(listing.PostedAt);
            var salary = job.GetProperty("salary").GetString();
            Assert.Equal(string.IsNullOrWhiteSpace(salary) ? null : salary.Trim(), listing.Salary);
        }
    }

    [Fact]
    public async Task RemoteOk_response_skips_the_legal_notice_and_repairs_mojibake()
    {
        var file = Saved("remoteok_api_2026-03.json");
        _server.MapFile("/api", file, "application/json");

        var listings = await FetchAsync("RemoteOk", RemoteOkSource.SourceName);

        // One saved job has neither a position nor a company: it cannot be a listing and is dropped.
        var all = Raw(file).EnumerateArray().Where(e => !e.TryGetProperty("legal", out _)).ToList();
        var raw = all.Where(e => !string.IsNullOrWhiteSpace(e.GetProperty("position").GetString())).ToList();
        Assert.Equal(all.Count - 1, raw.Count);
        Assert.Equal(raw.Count, listings.Count);
        Assert.Contains(raw, j => j.GetProperty("description").GetString()!.Contains("\u00e2\u0080\u0099", StringComparison.Ordinal));
        Assert.DoesNotContain(listings, l => l.Description.Contains("\u00e2\u0080", StringComparison.Ordinal));
        foreach (var (job, listing) in raw.Zip(listings))
        {
            AssertClean(listing);
            Assert.Equal(job.GetProperty("id").GetString(), listing.ExternalId);
            Assert.Equal(job.GetProperty("url").GetString()!.ToLowerInvariant(), listing.Url.ToLowerInvariant());
            Assert.Equal(job.GetProperty("salary_min").GetInt64() > 0 || job.GetProperty("salary_max").GetInt64() > 0, listing.Salary is not null);
        }
    }

    [Fact]
    public async Task Arbeitnow_page_in_its_documented_format_maps_jobs()
    {
        // No saved Arbeitnow response exists in the evaluation data: this body follows the format documented at
        // https://www.arbeitnow.com/api/job-board-api ({data:[{slug,company_name,title,description,remote,url,tags,
        // job_types,location,created_at}], links:{next}, meta}), with invented values.
        const string body = """
            {"data":[{"slug":"backend-engineer-acme-123","company_name":"Acme GmbH","title":"Backend Engineer (Go)",
              "description":"<p>We build <strong>payments</strong> in Go &amp; PostgreSQL.</p><ul><li>Kubernetes</li></ul>",
              "remote":true,"url":"https://www.arbeitnow.com/jobs/companies/acme/backend-engineer-acme-123",
              "tags":["Software Development"],"job_types":["full time"],"location":"Berlin","created_at":1767225600}],
             "links":{"first":"https://www.arbeitnow.com/api/job-board-api?page=1","next":null},
             "meta":{"current_page":1}}
            """;
        _server.MapText("/api/job-board-api", body);

        var listing = Assert.Single(await FetchAsync("Arbeitnow", ArbeitnowSource.SourceName));

        AssertClean(listing);
        Assert.Equal("backend-engineer-acme-123", listing.ExternalId);
        Assert.Equal("Acme GmbH", listing.Company);
        Assert.Equal("Berlin", listing.Location);
        Assert.True(listing.Remote);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), listing.PostedAt);
        Assert.Equal("We build payments in Go & PostgreSQL.\n\n- Kubernetes", listing.Description);
        Assert.Contains(_server.Requests, r => r.PathAndQuery == "/api/job-board-api?page=1");
    }

    [Fact]
    public async Task Indeed_india_page_matches_the_jobs_csv_that_came_with_it()
    {
        var file = Saved("indeed_serp_in_java_bengaluru.html");
        var csv = Saved("indeed_serp_in_java_bengaluru.extracted_by_repo.csv");
        _server.MapFile("/jobs", file, "text/html; charset=utf-8");

        var listings = await FetchAsync("Indeed", IndeedSource.SourceName, query: new ListingQuery(["Java"], "Bengaluru"));

        Assert.Contains(_server.Requests, r => r.PathAndQuery == "/jobs?q=Java&l=Bengaluru");
        Assert.Contains(_server.Requests, r => r.PathAndQuery == "/robots.txt");
        var rows = ReadCsv(csv);
        Assert.Equal(rows.Count, listings.Count);
        var byKey = listings.ToDictionary(l => l.ExternalId);
        var matchedByKey = 0;
        foreach (var row in rows)
        {
            var key = System.Web.HttpUtility.ParseQueryString(new Uri(row["job_link"]).Query)["jk"];
            var listing = key is not null && byKey.TryGetValue(key, out var found)
                ? found
                : Assert.Single(listings, l => l.Title == row["title"] && l.Company == row["company"]);
            matchedByKey += key is not null ? 1 : 0;
            Assert.Equal(row["title"], listing.Title);
            Assert.Equal(row["company"], listing.Company);
            Assert.Equal(row["location"], listing.Location);
            Assert.Equal(new Uri(_server.BaseUri, "/viewjob?jk=" + listing.ExternalId).AbsoluteUri, listing.Url);
            Assert.NotEmpty(listing.Description);
            Assert.NotNull(listing.PostedAt);
            AssertClean(listing);
        }

        Assert.Equal(rows.Count - 1, matchedByKey);
        Assert.Contains(listings, l => l.Salary is { } s && s.Contains('₹', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Indeed_us_page_cards_alone_give_the_same_jobs_as_the_embedded_data()
    {
        var file = Saved("indeed_serp_us_all_jobs.html");
        var html = await File.ReadAllTextAsync(file, Ct);
        _server.MapText("/jobs", html, "text/html; charset=utf-8");
        var withEmbedded = await FetchAsync("Indeed", IndeedSource.SourceName);

        var marker = html.IndexOf("window.mosaic.providerData[\"mosaic-provider-jobcards\"]", StringComparison.Ordinal);
        Assert.True(marker > 0);
        var cardsOnly = IndeedSource.Parse(html[..marker] + html[html.IndexOf("</script>", marker, StringComparison.Ordinal)..], _server.BaseUri);

        Assert.Equal(15, html.Split("data-jk=\"").Length - 1);
        Assert.Equal(15, withEmbedded.Count);
        Assert.Equal(withEmbedded.Select(l => (l.ExternalId, l.Title, l.Company, l.Location)), cardsOnly.Select(l => (l.ExternalId, l.Title, l.Company, l.Location)));
        Assert.All(withEmbedded, AssertClean);
        Assert.All(withEmbedded, l => Assert.NotEmpty(l.Description));
        Assert.True(withEmbedded.Count(l => l.Salary is not null) >= 10);
        Assert.All(withEmbedded.Where(l => l.Salary is not null), l => Assert.Contains('$', l.Salary!));
    }

    [Fact]
    public async Task LinkedIn_guest_fragment_maps_every_card()
    {
        var file = Saved("linkedin_guest_search_fragment.html");
        _server.MapFile("/jobs-guest/jobs/api/seeMoreJobPostings/search", file, "text/html; charset=utf-8");

        var listings = await FetchAsync("LinkedIn", LinkedInSource.SourceName, query: new ListingQuery(["software developer"]));

        var html = await File.ReadAllTextAsync(file, Ct);
        var urns = System.Text.RegularExpressions.Regex.Matches(html, "urn:li:jobPosting:(\\d+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(urns, listings.Select(l => l.ExternalId));
        Assert.All(listings, l =>
        {
            AssertClean(l);
            Assert.NotEmpty(l.Title);
            Assert.NotEmpty(l.Company);
            Assert.NotEmpty(l.Location);
            Assert.NotNull(l.PostedAt);
            Assert.Equal(new Uri(_server.BaseUri, "/jobs/view/" + l.ExternalId).AbsoluteUri, l.Url);
        });
    }

    [Theory]
    [InlineData("Greenhouse", "greenhouse", "greenhouse_board_api_smarterdx_sample.json", "/v1/boards/smarterdx/jobs", "BoardTokens:0", "smarterdx")]
    [InlineData("Lever", "lever", "lever_postings_api_palantir_sample.json", "/v0/postings/palantir", "Sites:0", "palantir")]
    [InlineData("Ashby", "ashby", "ashby_board_api_sample.json", "/posting-api/job-board/openevidence", "Organizations:0", "openevidence")]
    [InlineData("Remotive", "remotive", "remotive_api_2026-07.json", "/api/remote-jobs", null, null)]
    [InlineData("RemoteOk", "remoteok", "remoteok_api_2026-03.json", "/api", null, null)]
    [InlineData("Indeed", "indeed", "indeed_serp_us_all_jobs.html", "/jobs", null, null)]
    [InlineData("LinkedIn", "linkedin", "linkedin_guest_search_fragment.html", "/jobs-guest/jobs/api/seeMoreJobPostings/search", null, null)]
    public async Task Parsing_a_saved_file_gives_what_fetching_it_gives(string section, string name, string fileName, string path, string? tokenKey, string? token)
    {
        var file = Saved(fileName);
        _server.MapFile(path, file, fileName.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "application/json");
        var fetched = await FetchAsync(section, name, tokenKey is null ? null : new Dictionary<string, string?> { [tokenKey] = token });

        var parsed = SavedResponseParser.Parse(name, await File.ReadAllTextAsync(file, Ct), _server.BaseUri);

        Assert.NotEmpty(parsed);
        Assert.Equal(fetched.Select(Json), parsed.Select(Json));
    }

    private static string Json(JobListing listing) => JsonSerializer.Serialize(listing, ListingJsonContext.Default.JobListing);

    private static string[] Words(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = ParseCsvLine(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(ParseCsvLine(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
