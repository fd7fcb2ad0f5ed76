using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SalesCoach.Bot.Proactive;
using SalesCoach.Data;
using SalesCoach.Skills.Proactive;
using SalesCoach.Skills.Reminders;

namespace SalesCoach.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz.NET with its ADO job store in the project's database: on SQLite a single scheduler (SQLite
    /// cannot be clustered: one file, one writer, no row locks for Quartz's cluster protocol — one
    /// machine only); on PostgreSQL a clustered store, so N bot instances share the schedule and each
    /// occurrence fires on one of them, and a dead node's firings are recovered by a live one.
    /// The QRTZ_ tables are created by Quartz itself at scheduler start (ProvisionSchema), not by our EF
    /// migration: the DDL then always matches the Quartz version in use, per provider, and Quartz 4
    /// validates the columns it needs at start instead of failing on the first acquisition.
    /// </summary>
    /// <param name="runScheduler">false for processes that only write schedules (admin commands).</param>
    public static IServiceCollection AddProactiveScheduling(this IServiceCollection services, IConfiguration configuration, bool runScheduler)
    {
        services.AddOptions<ProactiveDeliveryOptions>().BindConfiguration(ProactiveDeliveryOptions.SectionName);
        var options = configuration.GetSection(ProactiveDeliveryOptions.SectionName).Get<ProactiveDeliveryOptions>() ?? new ProactiveDeliveryOptions();
        var postgres = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName);
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(Math.Max(1, options.MaxConcurrency));
            q.ConfigureOptions<QuartzSchedulerOptions>(o => o.IdleWaitTime = options.IdleWaitTime);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (!string.IsNullOrWhiteSpace(postgres))
                {
                    store.UsePostgres(postgres);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = options.ClusterCheckinInterval * 2;
                    });
                }
                else
                {
                    var data = configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions();
                    Directory.CreateDirectory(Path.GetDirectoryName(data.SqlitePath)!);
                    // The same file as the rest of the data, through connections with the same settings as EF Core's
                    // (SqliteSettingsFactory): a writer that finds the lock taken polls for it, whichever of them holds it.
                    store.UseSqlite(SqliteSettingsFactory.Instance, $"Data Source={data.SqlitePath};Default Timeout=30");
                }
            });
        });
        services.AddTransient<ProactiveDeliveryJob>();
        services.AddSingleton<QuartzProactiveSchedule>();
        // Replaces the reminders skill's stand-in (nothing is delivered without a scheduler) but not a schedule a
        // test registered before the host's own services.
        foreach (var standIn in services.Where(d => d.ServiceType == typeof(IProactiveSchedule) && d.ImplementationType == typeof(UndeliveredProactiveSchedule)).ToList())
            services.Remove(standIn);
        services.TryAddSingleton<IProactiveSchedule>(sp => sp.GetRequiredService<QuartzProactiveSchedule>());
        if (runScheduler && options.SchedulerEnabled)
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
