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
    private const string Usage =
        "usage: proactive schedule --key KEY --channel CHANNEL --user USER --due ISO8601|+SECONDS --kind KIND [--payload ID]\n" +
        "       proactive cancel --key KEY\n" +
        "       proactive status --occurrence OCCURRENCE_KEY";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("schedule" or "cancel" or "status")) throw new CommandException(Usage);
        var (named, overrides) = Parse(args[1..]);
        var builder = Host.CreateApplicationBuilder(overrides);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        builder.Services.AddSingleton<ProactiveStore>();
        builder.Services.AddProactiveScheduling(builder.Configuration, runScheduler: false);
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var schedule = host.Services.GetRequiredService<IProactiveSchedule>();
        try
        {
            switch (args[0])
            {
                case "schedule":
                    var message = new ScheduledMessage(Required(named, "key"), Required(named, "channel"), Required(named, "user"),
                        ParseDue(Required(named, "due")), Required(named, "kind"), named.GetValueOrDefault("payload") ?? "");
                    await schedule.ScheduleAsync(message);
                    Console.WriteLine($"scheduled {message.OccurrenceKey} ({message.Kind}) for {message.ChannelId}/{message.UserId} at {message.DueUtc:O}");
                    return 0;
                case "cancel":
                    var key = Required(named, "key");
                    Console.WriteLine(await schedule.CancelAsync(key) ? $"cancelled {key}" : $"no pending occurrence of {key}");
                    return 0;
                default:
                    var occurrence = Required(named, "occurrence");
                    var record = await host.Services.GetRequiredService<ProactiveStore>().FindDeliveryAsync(occurrence);
                    Console.WriteLine(record is null
                        ? $"{occurrence}: not fired yet"
                        : $"{occurrence}: {record.Status}, {record.RepliesSent} replies sent, {record.Attempts} attempts, {record.Claims} claims{(record.LastError is null ? "" : $", last error: {record.LastError}")}");
                    return 0;
            }
        }
        finally
        {
            await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(false);
        }
    }

    private static (Dictionary<string, string> Named, string[] Overrides) Parse(string[] args)
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=')) overrides.Add(args[i]);
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) named[args[i][2..]] = args[++i];
            else throw new CommandException($"unexpected argument '{args[i]}'\n{Usage}");
        }
        return (named, [.. overrides]);
    }

    private static string Required(Dictionary<string, string> named, string name) =>
        named.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new CommandException($"--{name} is required\n{Usage}");

    private static DateTimeOffset ParseDue(string value)
    {
        if (value.StartsWith('+') && double.TryParse(value[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.UtcNow.AddSeconds(seconds);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due)
            ? due.ToUniversalTime()
            : throw new CommandException($"--due '{value}' is neither an ISO 8601 time nor +SECONDS");
    }
}
