using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Core.Hosting;

public static class CoreServiceExtensions
{
    /// <summary>The in-process parts of the pipeline: reading, skills and titles, listing shape. No servers.</summary>
    public static IServiceCollection AddResumeUnderstanding(this IServiceCollection services)
    {
        services.TryAddValidatedOptions<ResumeReadingOptions>(ResumeReadingOptions.SectionName);
        services.TryAddValidatedOptions<MatchingOptions>(MatchingOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.TryAddValidatedOptions<SkillImportOptions>(SkillImportOptions.SectionName);
        services.AddSingleton(provider =>
        {
            // Hosts always carry configuration; a bare service collection (tools, tests) has none to import from.
            var taxonomy = SkillTaxonomy.LoadEmbedded();
            if (provider.GetService<IConfiguration>() is null)
            {
                return taxonomy;
            }

            var import = provider.GetRequiredService<IOptions<SkillImportOptions>>().Value;
            return string.IsNullOrWhiteSpace(import.Path) ? taxonomy : taxonomy.Merge(SkillImport.Read(import));
        });
        services.AddSingleton(_ => JobTitleCatalog.LoadEmbedded());
        services.AddSingleton<SkillExtractor>();
        services.AddSingleton<JobTitleExtractor>();
        services.AddSingleton<ProfileExtractor>();
        services.AddSingleton<ResumeTextReader>();
        services.AddSingleton<ListingSkillTagger>();
        return services;
    }

    /// <summary>PostgreSQL (EF Core), Redis, the task queue and the listing cache, as both services use them.</summary>
    public static IHostApplicationBuilder AddResumeMatcherInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.Services.AddResumeUnderstanding();
        builder.AddNpgsqlDbContext<ResumeMatcherDbContext>(ResourceNames.Database);
        builder.AddRedisClient(ResourceNames.Redis, configureOptions: options =>
        {
            // Keep serving (and fail fast) while Redis is away; reconnect in the background.
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.AsyncTimeout = 2000;
            options.SyncTimeout = 2000;
        });

        builder.Services.TryAddValidatedOptions<TaskQueueOptions>(TaskQueueOptions.SectionName);
        builder.Services.TryAddValidatedOptions<ListingCacheOptions>(ListingCacheOptions.SectionName);
        builder.Services.AddSingleton<TaskQueue>();
        builder.Services.AddSingleton<ListingCache>();
        builder.Services.AddScoped<TaskClaims>();

        builder.Services.AddSingleton<DatabaseMigrationState>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseMigrationHealthCheck>("database-migrations");
        return builder;
    }

    public static OptionsBuilder<T> TryAddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
