using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Hosting;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Listings.Sources;

namespace ResumeMatcher.Cli.Commands;

/// <summary>
/// <c>listings parse --source NAME --file FILE</c>: a saved board response as listings (JSON Lines);
/// <c>listings fetch --source NAME [--query Q]</c>: the same from the live board, with the service's manners.
/// </summary>
internal static class ListingsCommand
{
    private static readonly JsonSerializerOptions JsonLines = new(ListingJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static Command Create() => new("listings", "Parse saved job-board responses or fetch live listings.")
    {
        CreateParse(),
        CreateFetch(),
    };

    private static Command CreateParse()
    {
        var source = new Option<string>("--source") { Description = $"The board: {string.Join(", ", SavedResponseParser.SourceNames)}.", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The saved response (JSON or HTML).", Required = true };
        var site = new Option<string?>("--base-url") { Description = "The site an HTML page came from, for listing URLs (default: the board's)." };
        var token = new Option<string?>("--token") { Description = "The board token, site or organisation (Greenhouse, Lever, Ashby)." };
        var command = new Command("parse", "Parse a saved board response and print its listings as JSON Lines.") { source, file, site, token };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var content = await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, cancellationToken);
                var siteUri = parse.GetValue(site) is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null;
                Write(SavedResponseParser.Parse(parse.GetValue(source)!, content, siteUri, parse.GetValue(token)));
                return 0;
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or ArgumentException or IOException or UriFormatException)
            {
                await Console.Error.WriteLineAsync(ListingFailure.Describe(ex));
                return 2;
            }
        });
        return command;
    }

    private static Command CreateFetch()
    {
        var source = new Option<string>("--source") { Description = "The source, as named in configuration (greenhouse, remotive, ...).", Required = true };
        var query = new Option<string?>("--query") { Description = "Search keywords, for sources that search (Remotive, Remote OK, Indeed, LinkedIn)." };
        var token = new Option<string[]>("--token") { Description = "Board tokens / sites / organisations (Greenhouse, Lever, Ashby); repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("fetch", "Fetch listings from a live board (where the network allows) and print them as JSON Lines.") { source, query, token };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(source)!.ToLowerInvariant();
            var entry = ListingSourceRegistration.Catalog.FirstOrDefault(c => c.Name == name);
            if (entry.Name is null)
            {
                await Console.Error.WriteLineAsync($"Unknown source '{name}'. Known: {string.Join(", ", ListingSourceRegistration.Catalog.Select(c => c.Name))}.");
                return 2;
            }

            var overrides = new Dictionary<string, string?> { [$"{entry.Section}:Enabled"] = "true" };
            var tokens = parse.GetValue(token) ?? [];
            for (var i = 0; i < tokens.Length && entry.TokensSetting is not null; i++)
            {
                overrides[$"{entry.Section}:{entry.TokensSetting}:{i}"] = tokens[i];
            }

            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables("RESUMEMATCHER_")
                .AddInMemoryCollection(overrides)
                .Build();
            await using var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(configuration)
                .AddLogging()
                .AddResumeUnderstanding()
                .AddListingSources(configuration)
                .BuildServiceProvider(validateScopes: true);
            try
            {
                var board = services.GetServices<IJobSource>().Single(s => s.Name == name);
                var keywords = parse.GetValue(query) is { Length: > 0 } q ? new[] { q } : [];
                Write(await board.FetchAsync(new ListingQuery(keywords), cancellationToken));
                return 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"{name} failed: {ListingFailure.Describe(ex)}");
                return 1;
            }
        });
        return command;
    }

    private static void Write(IEnumerable<JobListing> listings)
    {
        foreach (var listing in listings)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(listing, JsonLines));
        }
    }
}
