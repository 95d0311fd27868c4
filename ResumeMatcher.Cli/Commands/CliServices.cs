using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Hosting;

namespace ResumeMatcher.Cli.Commands;

/// <summary>The in-process pipeline services, configured like the Worker's (appsettings.json and environment).</summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("RESUMEMATCHER_")
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddResumeUnderstanding()
            .BuildServiceProvider(validateScopes: true);
    }
}
