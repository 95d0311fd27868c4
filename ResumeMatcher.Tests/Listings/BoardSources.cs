using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Tests.Listings;

/// <summary>The real source wiring (options, Refit clients, handlers) with one source switched on at a local base URL.</summary>
internal static class BoardSources
{
    public static ServiceProvider Build(string section, Uri baseUri, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Listings:Sources:File:Enabled"] = "false",
            [$"Listings:Sources:{section}:Enabled"] = "true",
            [$"Listings:Sources:{section}:BaseUrl"] = baseUri.ToString(),
            ["Listings:Http:MinIntervalPerHost"] = "00:00:00",
            ["Listings:Http:RetryBaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key.StartsWith("Listings:", StringComparison.Ordinal) ? key : $"Listings:Sources:{section}:{key}"] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddListingSources(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IJobSource Source(this ServiceProvider services, string name) =>
        services.GetServices<IJobSource>().Single(s => s.Name == name);
}
