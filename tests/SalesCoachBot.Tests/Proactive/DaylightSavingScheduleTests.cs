using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// A recurring schedule in a DST zone: the composer (the reminder part's job) turns "09:00 New York,
/// next day" into UTC; delivery must keep that instant exactly — through Quartz's job store and a
/// restart — rather than adding 24 hours. The cross-DST occurrence is checked where it is kept, in the job
/// store; ChatReminderDeliveryTests waits for one on the DST day itself with an <see cref="OffsetClock"/>.
/// </summary>
public sealed class DaylightSavingScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Saturday 2027-03-13 09:00 EST; the next one is Sunday 09:00 after clocks went forward at 02:00.</summary>
    private sealed class NineOClockNewYork : IProactiveComposer
    {
        public static readonly DateTime SaturdayNine = new(2027, 3, 13, 9, 0, 0, DateTimeKind.Unspecified);

        public string Kind => "ny-nine";

        public Task<ProactiveMessage?> ComposeAsync(ScheduledMessage occurrence, CancellationToken cancellationToken = default)
        {
            var nextLocal = SaturdayNine.AddDays(1);
            var next = new DateTimeOffset(nextLocal, NewYork.GetUtcOffset(nextLocal)).ToUniversalTime();
            return Task.FromResult<ProactiveMessage?>(new ProactiveMessage("en-US", [new Reply($"Good morning [{occurrence.OccurrenceKey}]")], next));
        }
    }

    [Fact]
    public async Task The_next_occurrence_across_the_New_York_DST_change_is_kept_at_the_UTC_instant_the_composer_computed()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var composer = new NineOClockNewYork();
        string dataDirectory;
        await using (var host = await ProactiveTestHost.StartAsync(composers: [composer]))
        {
            dataDirectory = host.DataDirectory;
            await host.SayHelloAsync(connector.ServiceUrl, "u-ny", "conv-ny", timeZone: "America/New_York");
            var first = new ScheduledMessage("digest:u-ny", "msteams", "u-ny", DateTimeOffset.UtcNow.AddSeconds(1), "ny-nine", "u-ny");
            await host.Schedule.ScheduleAsync(first);
            await connector.WaitForAsync(c => c.Delivered.Count >= 1, TimeSpan.FromSeconds(15));
            Assert.Equal(first.OccurrenceKey, ConnectorStandIn.OccurrenceKeyIn(Assert.Single(connector.Delivered).Text));
            // The next occurrence is written before the send completes; give the job a moment to finish.
            await Task.Delay(500);
        }

        // Restarted on the same database: the schedule is still there, at 13:00Z (09:00 EDT), not 14:00Z (09:00 EST, or +24 h).
        await using var restarted = await ProactiveTestHost.StartAsync(dataDirectory, composers: [composer]);
        var scheduler = await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(new JobKey("digest:u-ny", "proactive")));
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 13, 0, 0, TimeSpan.Zero), trigger.NextFireTimeUtc);
        Assert.Equal("digest:u-ny@20270314T130000Z", trigger.Key.Name);
        Assert.Equal(TimeSpan.FromHours(-4), NewYork.GetUtcOffset(trigger.NextFireTimeUtc!.Value));
    }
}
