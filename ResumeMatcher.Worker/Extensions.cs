using Quartz;
using ResumeMatcher.Core.Hosting;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Pipeline;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Worker.Jobs;
using ResumeMatcher.Worker.Tasks;

namespace ResumeMatcher.Worker;

public static class Extensions
{
    public static IHostApplicationBuilder AddWorkerServices(this IHostApplicationBuilder builder)
    {
        builder.AddResumeMatcherInfrastructure();
        var services = builder.Services;
        services.TryAddValidatedOptions<TaskProcessingOptions>(TaskProcessingOptions.SectionName);
        services.TryAddValidatedOptions<ScheduleOptions>(ScheduleOptions.SectionName);

        services.AddListingSources(builder.Configuration);
        services.AddSingleton<ListingRefresher>();
        services.AddScoped<RefreshQueryPlanner>();
        services.AddSingleton<ListingIndexProvider>();
        services.AddSingleton<RedisJobLease>();

        services.TryAddValidatedOptions<RetentionOptions>(RetentionOptions.SectionName);
        services.AddScoped<ResumeRetention>();
        services.AddScoped<MatchPipeline>();
        services.AddScoped<TaskProcessor>();
        services.AddHostedService<TaskStreamConsumer>();

        services.AddQuartz(quartz =>
        {
            var schedule = builder.Configuration.GetSection(ScheduleOptions.SectionName).Get<ScheduleOptions>() ?? new ScheduleOptions();
            var refresh = builder.Configuration.GetSection(ListingRefreshOptions.SectionName).Get<ListingRefreshOptions>() ?? new ListingRefreshOptions();
            foreach (var source in ListingSourceRegistration.EnabledSourceNames(builder.Configuration))
            {
                quartz.ScheduleJob<ListingRefreshJob>(
                    trigger => trigger.WithIdentity($"listing-refresh-{source}-trigger", ListingRefreshJob.Group)
                        .StartNow()
                        .WithSimpleSchedule(s => s.WithInterval(refresh.IntervalFor(source)).RepeatForever()),
                    job => job.WithIdentity(ListingRefreshJob.KeyFor(source)).UsingJobData(ListingRefreshJob.SourceKey, source));
            }

            quartz.ScheduleJob<StuckTaskSweeperJob>(
                trigger => trigger.WithIdentity("stuck-task-sweeper-trigger", "tasks")
                    .StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(schedule.SweepInterval).RepeatForever()),
                job => job.WithIdentity(StuckTaskSweeperJob.Key));

            quartz.ScheduleJob<RetentionJob>(
                trigger => trigger.WithIdentity("retention-trigger", RetentionJob.Key.Group)
                    .StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(schedule.RetentionInterval).RepeatForever()),
                job => job.WithIdentity(RetentionJob.Key));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
