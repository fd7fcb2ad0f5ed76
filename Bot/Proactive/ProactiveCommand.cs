using System.Globalization;
using Quartz;
using SalesCoach.Bot.Commands;
using SalesCoach.Bot.Scheduling;
using SalesCoach.Data;
using SalesCoach.Data.Proactive;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Bot.Proactive;

/// <summary>
/// `proactive schedule|cancel|status`: writes to (or reads) the same job store and delivery table the
/// running bot uses, without firing anything itself — an operator's way to send a test message to a
/// user (kind "test" needs SalesCoach:Proactive:EnableTestComposer on the serving bot), to drop a
/// schedule, or to see what became of an occurrence. Configuration overrides pass as --Key=value.
/// </summary>
public static class ProactiveCommand
{
    internal static Task<int> ScheduleAsync(ScheduledMessage message, string[] overrides) => WithScheduleAsync(overrides, async (schedule, _) =>
    {
        await schedule.ScheduleAsync(message);
        Console.WriteLine($"scheduled {message.OccurrenceKey} ({message.Kind}) for {message.ChannelId}/{message.UserId} at {message.DueUtc:O}");
    });

    internal static Task<int> CancelAsync(string key, string[] overrides) => WithScheduleAsync(overrides, async (schedule, _) =>
        Console.WriteLine(await schedule.CancelAsync(key) ? $"cancelled {key}" : $"no pending occurrence of {key}"));

    internal static Task<int> StatusAsync(string occurrence, string[] overrides) => WithScheduleAsync(overrides, async (_, services) =>
    {
        var record = await services.GetRequiredService<ProactiveStore>().FindDeliveryAsync(occurrence);
        Console.WriteLine(record is null
            ? $"{occurrence}: not fired yet"
            : $"{occurrence}: {record.Status}, {record.RepliesSent} replies sent, {record.Attempts} attempts, {record.Claims} claims{(record.LastError is null ? "" : $", last error: {record.LastError}")}");
    });

    /// <summary>The data services and the schedule, without a running scheduler: nothing fires from here.</summary>
    private static async Task<int> WithScheduleAsync(string[] overrides, Func<IProactiveSchedule, IServiceProvider, Task> work)
    {
        var builder = Host.CreateApplicationBuilder(overrides);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        builder.Services.AddSingleton<ProactiveStore>();
        builder.Services.AddProactiveScheduling(builder.Configuration, runScheduler: false);
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        try
        {
            await work(host.Services.GetRequiredService<IProactiveSchedule>(), host.Services);
            return 0;
        }
        finally
        {
            await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(false);
        }
    }

    internal static DateTimeOffset ParseDue(string value)
    {
        if (value.StartsWith('+') && double.TryParse(value[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.UtcNow.AddSeconds(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due)
            ? due.ToUniversalTime()
            : throw new CommandException($"--due '{value}' is neither an ISO 8601 time nor +SECONDS");
    }
}
