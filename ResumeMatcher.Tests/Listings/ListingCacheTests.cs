extern alias Worker;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Hosting;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;
using StackExchange.Redis;
using Worker::ResumeMatcher.Worker.Jobs;

namespace ResumeMatcher.Tests.Listings;

/// <summary>The listing cache, the refresher and the on-demand path against a real redis-server.</summary>
public sealed class ListingCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(10);

    private readonly ServiceProvider _understanding = new ServiceCollection().AddLogging().AddResumeUnderstanding().BuildServiceProvider();
    private LocalRedisServer _redis = null!;
    private ConnectionMultiplexer _connection = null!;
    private string _prefix = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _redis = await LocalRedisServer.StartAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        _prefix = $"test:{Guid.NewGuid():N}";
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _redis.DisposeAsync();
        await _understanding.DisposeAsync();
    }

    private ListingCache Cache() => new(_connection, Options.Create(new ListingCacheOptions { TimeToLive = Ttl, KeyPrefix = _prefix }));

    private ListingSkillTagger Tagger => _understanding.GetRequiredService<ListingSkillTagger>();

    private ListingRefresher Refresher(ListingCache cache, params IJobSource[] sources) =>
        new(sources, Tagger, cache, TimeProvider.System, NullLogger<ListingRefresher>.Instance);

    [Fact]
    public async Task Each_listing_is_stored_once_with_the_ttl_and_indexed_by_its_skills()
    {
        var cache = Cache();
        var go = Tagger.Tag(FakeSource.Listing("greenhouse", "1", "Backend Engineer", "Acme", "Berlin", "https://boards.example/acme/1", "We write Go services on PostgreSQL and Kubernetes."));
        var react = Tagger.Tag(FakeSource.Listing("lever", "2", "Frontend Engineer", "Beta", "Paris", "https://jobs.example/beta/2", "React and TypeScript in the browser."));
        Assert.Contains("PostgreSQL", go.Skills);
        Assert.DoesNotContain("PostgreSQL", react.Skills);

        Assert.Equal(2, await cache.StoreAsync([go, react], Ct));
        Assert.Equal(1, await cache.StoreAsync([go], Ct)); // the same listing again refreshes itself; it is no duplicate

        var db = _connection.GetDatabase();
        var ttl = await db.KeyTimeToLiveAsync($"{_prefix}:item:{go.Id}");
        Assert.InRange(ttl!.Value, Ttl - TimeSpan.FromMinutes(1), Ttl);
        Assert.Equal([go.Id], await cache.FindIdsBySkillsAsync(["postgresql"], Ct));
        Assert.Equal(new[] { go.Id, react.Id }.Order(), (await cache.FindIdsBySkillsAsync(["PostgreSQL", "React"], Ct)).Order());
        Assert.Equal(2, (await cache.GetAllAsync(Ct)).Count);
    }

    [Fact]
    public async Task Enough_listings_for_skills_is_decided_from_set_sizes_and_a_union_only_when_needed()
    {
        var cache = Cache();
        var listings = new[]
        {
            ("1", "We run PostgreSQL clusters."),
            ("2", "Reporting on PostgreSQL."),
            ("3", "PostgreSQL tuning and backups."),
            ("4", "A TypeScript front end over PostgreSQL."),
            ("5", "TypeScript components for the browser."),
        }.Select(l => Tagger.Tag(FakeSource.Listing("greenhouse", l.Item1, $"Engineer {l.Item1}", "Acme", "Berlin", $"https://boards.example/acme/{l.Item1}", l.Item2))).ToList();
        await cache.StoreAsync(listings, Ct);

        Assert.True(await cache.HasListingsForSkillsAsync(["PostgreSQL"], 4, Ct));        // one set is big enough
        Assert.False(await cache.HasListingsForSkillsAsync(["PostgreSQL"], 5, Ct));       // all sets together too small
        Assert.True(await cache.HasListingsForSkillsAsync(["PostgreSQL", "TypeScript"], 5, Ct)); // union of 4 and 2 sharing one: 5
        Assert.False(await cache.HasListingsForSkillsAsync(["PostgreSQL", "TypeScript"], 6, Ct));
        Assert.False(await cache.HasListingsForSkillsAsync([], 1, Ct));
    }

    [Fact]
    public async Task Same_opening_on_two_boards_is_kept_once_by_canonical_url()
    {
        var cache = Cache();
        var first = FakeSource.Listing("greenhouse", "1", "Data Engineer", "Acme", "Berlin", "https://www.acme.example/jobs/42/");
        var second = FakeSource.Listing("remotive", "9", "Data Engineer (Remote)", "Acme Inc", "Anywhere", "http://acme.example/jobs/42?utm_source=remotive");

        Assert.Equal(1, await cache.StoreAsync([first], Ct));
        Assert.Equal(0, await cache.StoreAsync([second], Ct));

        Assert.Equal(first.Id, Assert.Single(await cache.GetAllAsync(Ct)).Id);
    }

    [Fact]
    public async Task Same_opening_on_two_boards_is_kept_once_by_title_company_and_location()
    {
        var cache = Cache();
        var lever = FakeSource.Listing("lever", "a", "Senior Backend Engineer", "Palantir", "London, United Kingdom", "https://jobs.lever.co/palantir/a");
        var indeed = FakeSource.Listing("indeed", "b", "Senior  Backend Engineer", "PALANTIR", "London - United Kingdom", "https://uk.indeed.com/viewjob?jk=b");
        var other = FakeSource.Listing("indeed", "c", "Senior Backend Engineer", "Palantir", "Palo Alto, CA", "https://www.indeed.com/viewjob?jk=c");

        Assert.Equal(2, await cache.StoreAsync([lever, indeed, other], Ct));

        Assert.Equal(new[] { lever.Id, other.Id }.Order(), (await cache.GetAllAsync(Ct)).Select(l => l.Id).Order());
    }

    [Fact]
    public async Task Failing_and_late_sources_are_reported_while_the_others_are_stored()
    {
        var cache = Cache();
        var ok = new FakeSource("ok", (_, _) => Task.FromResult<IReadOnlyList<JobListing>>(
            [FakeSource.Listing("ok", "1", "Python Developer", "Acme", "Remote", "https://ok.example/1", "Python, Django and PostgreSQL.")]));
        var broken = new FakeSource("broken", (_, _) => throw new HttpRequestException("Connection refused (boards.example:443)"));
        var slow = new FakeSource("slow", async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), ct);
            return [];
        });

        var outcomes = await Refresher(cache, ok, broken, slow).RefreshAsync(new ListingQuery(["python"]), TimeSpan.FromMilliseconds(500), Ct);

        Assert.Equal(
            [
                new SourceOutcome("ok", true, 1, null),
                new SourceOutcome("broken", false, 0, "network error: Connection refused (boards.example:443)"),
                new SourceOutcome("slow", false, 0, "no answer within the deadline of 0.5 s"),
            ],
            outcomes);
        Assert.Equal(["ok:1"], await cache.FindIdsBySkillsAsync(["Django"], Ct));
    }

    [Fact]
    public async Task On_demand_fetch_within_the_deadline_rebuilds_the_index_with_what_arrived()
    {
        var cache = Cache();
        var rust = new FakeSource("rust-board", (query, _) => Task.FromResult<IReadOnlyList<JobListing>>(
            [.. query.Keywords.Select((k, i) => FakeSource.Listing("rust-board", $"{i}", $"{k} Engineer", "Ferrous", "Remote", $"https://rust.example/{i}", $"Systems work in {k}."))]),
            searchesByQuery: true);
        var slow = new FakeSource("slow", async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), ct);
            return [];
        });
        var provider = new ListingIndexProvider(cache, Refresher(cache, rust, slow), _understanding.GetRequiredService<JobTitleExtractor>(), TimeProvider.System, NullLogger<ListingIndexProvider>.Instance);

        var (index, outcomes) = await provider.RefreshAsync(new ListingQuery(["Kubernetes"]), TimeSpan.FromMilliseconds(500), Ct);

        Assert.Equal(1, index.Count);
        Assert.Equal([true, false], outcomes.Select(o => o.Ok));
        Assert.Equal(["rust-board:0"], await cache.FindIdsBySkillsAsync(["kubernetes"], Ct));
    }

    [Fact]
    public async Task A_periodic_run_is_claimed_by_one_replica_only()
    {
        var replicaA = new RedisJobLease(_connection);
        var replicaB = new RedisJobLease(_connection);
        var job = $"listing-refresh:{Guid.NewGuid():N}";

        Assert.True(await replicaA.TryClaimRunAsync(job, TimeSpan.FromSeconds(30), Ct));
        Assert.False(await replicaB.TryClaimRunAsync(job, TimeSpan.FromSeconds(30), Ct));
        Assert.False(await replicaA.TryClaimRunAsync(job, TimeSpan.FromSeconds(30), Ct));
        Assert.InRange((await _connection.GetDatabase().KeyTimeToLiveAsync($"rm:run:{job}"))!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    }
}
