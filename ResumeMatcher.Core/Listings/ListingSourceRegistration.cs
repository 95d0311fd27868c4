using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using ResumeMatcher.Core.Hosting;
using ResumeMatcher.Core.Listings.Http;
using ResumeMatcher.Core.Listings.Sources;

namespace ResumeMatcher.Core.Listings;

public static class ListingSourceRegistration
{
    /// <summary>
    /// The listing sources switched on in configuration ("Listings:Sources:NAME:Enabled"), each with validated options
    /// and a polite, resilient HttpClient. The JSON Lines file source is on by default; every network source is off.
    /// </summary>
    public static IServiceCollection AddListingSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddValidatedOptions<ListingHttpOptions>(ListingHttpOptions.SectionName);
        services.TryAddValidatedOptions<ListingRefreshOptions>(ListingRefreshOptions.SectionName);
        services.TryAddValidatedOptions<ListingOnDemandOptions>(ListingOnDemandOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostRateLimiter>();
        services.TryAddSingleton<RobotsTxtPolicy>();

        services.TryAddValidatedOptions<JsonLinesFileSourceOptions>(JsonLinesFileSourceOptions.SectionName);
        if (IsEnabled(configuration, JsonLinesFileSourceOptions.SectionName, byDefault: true))
        {
            services.AddSingleton<IJobSource, JsonLinesFileSource>();
        }

        services.AddBoard<IGreenhouseApi, GreenhouseSource, GreenhouseSourceOptions>(configuration, GreenhouseSourceOptions.SectionName, SnakeCaseBoardJsonContext.Default);
        services.AddBoard<ILeverApi, LeverSource, LeverSourceOptions>(configuration, LeverSourceOptions.SectionName, CamelCaseBoardJsonContext.Default);
        services.AddBoard<IAshbyApi, AshbySource, AshbySourceOptions>(configuration, AshbySourceOptions.SectionName, CamelCaseBoardJsonContext.Default);
        services.AddBoard<IRemotiveApi, RemotiveSource, RemotiveSourceOptions>(configuration, RemotiveSourceOptions.SectionName, SnakeCaseBoardJsonContext.Default);
        services.AddBoard<IRemoteOkApi, RemoteOkSource, RemoteOkSourceOptions>(configuration, RemoteOkSourceOptions.SectionName, SnakeCaseBoardJsonContext.Default);
        services.AddBoard<IArbeitnowApi, ArbeitnowSource, ArbeitnowSourceOptions>(configuration, ArbeitnowSourceOptions.SectionName, SnakeCaseBoardJsonContext.Default);
        services.AddScraper<IndeedSource, IndeedSourceOptions>(configuration, IndeedSourceOptions.SectionName, IndeedSource.HttpClientName);
        services.AddScraper<LinkedInSource, LinkedInSourceOptions>(configuration, LinkedInSourceOptions.SectionName, LinkedInSource.HttpClientName);
        return services;
    }

    /// <summary>Each source's name, its configuration section, whether it is on by default, and the list setting it needs.</summary>
    public static IReadOnlyList<(string Name, string Section, bool EnabledByDefault, string? TokensSetting)> Catalog { get; } =
    [
        (JsonLinesFileSource.SourceName, JsonLinesFileSourceOptions.SectionName, true, null),
        (GreenhouseSource.SourceName, GreenhouseSourceOptions.SectionName, false, nameof(GreenhouseSourceOptions.BoardTokens)),
        (LeverSource.SourceName, LeverSourceOptions.SectionName, false, nameof(LeverSourceOptions.Sites)),
        (AshbySource.SourceName, AshbySourceOptions.SectionName, false, nameof(AshbySourceOptions.Organizations)),
        (RemotiveSource.SourceName, RemotiveSourceOptions.SectionName, false, null),
        (RemoteOkSource.SourceName, RemoteOkSourceOptions.SectionName, false, null),
        (ArbeitnowSource.SourceName, ArbeitnowSourceOptions.SectionName, false, null),
        (IndeedSource.SourceName, IndeedSourceOptions.SectionName, false, null),
        (LinkedInSource.SourceName, LinkedInSourceOptions.SectionName, false, null),
    ];

    /// <summary>The names of the sources configuration switches on, for scheduling one refresh job each.</summary>
    public static IReadOnlyList<string> EnabledSourceNames(IConfiguration configuration) =>
        Catalog.Where(s => IsEnabled(configuration, s.Section, s.EnabledByDefault)).Select(s => s.Name).ToList();

    private static bool IsEnabled(IConfiguration configuration, string section, bool byDefault) =>
        configuration.GetSection(section).GetValue("Enabled", byDefault);

    private static void AddBoard<TApi, TSource, TOptions>(this IServiceCollection services, IConfiguration configuration, string section, System.Text.Json.Serialization.JsonSerializerContext json)
        where TApi : class
        where TSource : class, IJobSource
        where TOptions : JobBoardOptions
    {
        services.TryAddValidatedOptions<TOptions>(section);
        if (!IsEnabled(configuration, section, byDefault: false))
        {
            return;
        }

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(new JsonSerializerOptions(json.Options) { TypeInfoResolver = json }));
        services.AddRefitGeneratedClient<TApi>(settings).AddListingHttpHandlers<TOptions>();
        services.AddSingleton<IJobSource, TSource>();
    }

    private static void AddScraper<TSource, TOptions>(this IServiceCollection services, IConfiguration configuration, string section, string clientName)
        where TSource : class, IJobSource
        where TOptions : JobBoardOptions
    {
        services.TryAddValidatedOptions<TOptions>(section);
        if (!IsEnabled(configuration, section, byDefault: false))
        {
            return;
        }

        services.AddHttpClient(clientName).AddListingHttpHandlers<TOptions>();
        services.AddSingleton<IJobSource, TSource>();
    }
}
