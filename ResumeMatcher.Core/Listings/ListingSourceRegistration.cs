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

    /// <summary>The names of the sources configuration switches on, for scheduling one refresh job each.</summary>
    public static IReadOnlyList<string> EnabledSourceNames(IConfiguration configuration)
    {
        var sections = new (string Section, string Name, bool ByDefault)[]
        {
            (JsonLinesFileSourceOptions.SectionName, JsonLinesFileSource.SourceName, true),
            (GreenhouseSourceOptions.SectionName, GreenhouseSource.SourceName, false),
            (LeverSourceOptions.SectionName, LeverSource.SourceName, false),
            (AshbySourceOptions.SectionName, AshbySource.SourceName, false),
            (RemotiveSourceOptions.SectionName, RemotiveSource.SourceName, false),
            (RemoteOkSourceOptions.SectionName, RemoteOkSource.SourceName, false),
            (ArbeitnowSourceOptions.SectionName, ArbeitnowSource.SourceName, false),
            (IndeedSourceOptions.SectionName, IndeedSource.SourceName, false),
            (LinkedInSourceOptions.SectionName, LinkedInSource.SourceName, false),
        };
        return sections.Where(s => IsEnabled(configuration, s.Section, s.ByDefault)).Select(s => s.Name).ToList();
    }

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
