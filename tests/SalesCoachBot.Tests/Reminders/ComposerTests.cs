using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Access;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Proactive;
using SalesCoach.Skills.Reminders;
using SalesCoach.Skills.Reminders.Digest;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Reminders;

/// <summary>The "reminder" and "digest" composers called as the delivery calls them, with a clock the test sets, across DST changes.</summary>
public sealed class ComposerTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private ReminderHost _host = null!;
    private ReminderStore Store => _host.Services.GetRequiredService<ReminderStore>();

    public async Task InitializeAsync() => _host = await ReminderHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<Reminder> AddAsync(DateTimeOffset due, string zone, string? recurrence = null, string locale = "en-US") => Store.AddAsync(new Reminder
    {
        ChannelId = "test", ChannelUserId = EastRep, SalesUserId = EastRep, Subject = "call Globex", DueUtc = due, TimeZoneId = zone,
        Recurrence = recurrence, Locale = locale,
    });

    private static ScheduledMessage Occurrence(Reminder r) => new($"reminder:{r.Id}", r.ChannelId, r.ChannelUserId, r.NextAlertUtc, "reminder", r.Id.ToString());

    [Fact]
    public async Task ADailyReminderKeepsNineOClockAcrossTheSpringForwardInNewYork()
    {
        // 2026-03-07 09:00 EST is 14:00Z; the clocks go forward on 03-08, so the next 09:00 is 13:00Z.
        var due = new DateTimeOffset(2026, 3, 7, 14, 0, 0, TimeSpan.Zero);
        var reminder = await AddAsync(due, "America/New_York", "daily@09:00");
        var clock = new ManualClock(due.AddSeconds(5));
        var message = await new ReminderComposer(Store, clock).ComposeAsync(Occurrence(reminder));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 13, 0, 0, TimeSpan.Zero), message!.NextDueUtc);
        Assert.Contains("America/New_York (UTC-05:00)", message.Replies[0].Text);
        Assert.Equal("en-US", message.Locale);
        Assert.Equal(message.NextDueUtc, (await Store.FindAsync(reminder.Id))!.DueUtc);
        // A retried compose of the same occurrence sends the same thing and the same next time.
        var again = await new ReminderComposer(Store, clock).ComposeAsync(Occurrence(reminder));
        Assert.Equal(message.NextDueUtc, again!.NextDueUtc);
    }

    [Fact]
    public async Task DoneOnARepeatingAlertKeepsTheNextOccurrenceAndSnoozeThenFiresTheSeriesAgain()
    {
        var due = new DateTimeOffset(2026, 3, 7, 14, 0, 0, TimeSpan.Zero);
        var reminder = await AddAsync(due, "America/New_York", "daily@09:00");
        var clock = new ManualClock(due.AddMinutes(1));
        var schedule = new RecordingSchedule();
        var actions = new ReminderActions(Store, new ReminderScheduling(schedule), clock);
        var composer = new ReminderComposer(Store, clock);
        var next = (await composer.ComposeAsync(Occurrence(reminder)))!.NextDueUtc;

        var snoozed = await actions.SnoozeAsync((await Store.FindAsync(reminder.Id))!, clock.GetUtcNow().AddHours(1), default);
        Assert.Equal(clock.GetUtcNow().AddHours(1), schedule.Last("reminder:")!.DueUtc);
        clock.Advance(TimeSpan.FromHours(1));
        var again = await composer.ComposeAsync(Occurrence(snoozed));
        Assert.Equal(next, again!.NextDueUtc);

        var done = await actions.DoneAsync((await Store.FindAsync(reminder.Id))!, default);
        Assert.Equal((ReminderStatus.Active, next!.Value), (done.Status, done.DueUtc));
        Assert.Equal(next, schedule.Last("reminder:")!.DueUtc);
    }

    [Fact]
    public async Task AOneOffReminderIsSentOnceWithDoneAndSnoozeAndNothingAfterCancel()
    {
        var due = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var reminder = await AddAsync(due, "Asia/Shanghai", locale: "zh-CN");
        var composer = new ReminderComposer(Store, new ManualClock(due));
        var message = await composer.ComposeAsync(Occurrence(reminder));
        Assert.Null(message!.NextDueUtc);
        Assert.Contains("2026-12-01 周二 10:00", message.Replies[0].Text);
        Assert.Contains("\"reminderAction\":\"done\"", message.Replies[0].AdaptiveCardJson);

        reminder.Status = ReminderStatus.Cancelled;
        await Store.UpdateAsync(reminder);
        Assert.Null(await composer.ComposeAsync(Occurrence(reminder)));
    }

    [Fact]
    public async Task RulesStayOnTheLocalCalendar()
    {
        // Monthly on the 31st falls on the last day of a short month; a time skipped by DST moves forward by the gap.
        var monthly = RecurrenceRule.Monthly(31, new TimeOnly(10, 0));
        var feb = monthly.NextAfter(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero), Berlin);
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero), feb);
        var gap = RecurrenceRule.Daily(new TimeOnly(2, 30)).NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), gap);
        Assert.True(RecurrenceRule.TryParse(RecurrenceRule.Weekly([DayOfWeek.Friday, DayOfWeek.Monday], new TimeOnly(14, 0)).ToString(), out var weekly));
        Assert.Equal("weekly:1,5@14:00", weekly.ToString());
    }

    [Fact]
    public async Task TheDigestListsTodayAndOverdueAndSkipsTheWeekendAcrossTheBerlinDstChange()
    {
        // Friday 2026-03-27 09:00 CET = 08:00Z; weekdays only, so the next is Monday 03-30 09:00 CEST = 07:00Z.
        var sendAt = new DateTimeOffset(2026, 3, 27, 8, 0, 0, TimeSpan.Zero);
        await AddAsync(new DateTimeOffset(2026, 3, 27, 13, 0, 0, TimeSpan.Zero), "Europe/Berlin");
        var old = await AddAsync(new DateTimeOffset(2026, 3, 20, 13, 0, 0, TimeSpan.Zero), "Europe/Berlin");
        old.Subject = "visit Initech";
        await Store.UpdateAsync(old);
        var settings = await Store.SaveDigestAsync(new DigestSettings
        {
            ChannelId = "test", ChannelUserId = EastRep, SalesUserId = EastRep, WeekdaysOnly = true, TimeZoneId = "Europe/Berlin", Locale = "en-US",
        });
        var composer = Digest(new ManualClock(sendAt));
        var occurrence = new ScheduledMessage($"digest:test:{EastRep}", "test", EastRep, sendAt, "digest", settings.Id.ToString());
        var message = await composer.ComposeAsync(occurrence);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), message!.NextDueUtc);
        var text = message.Replies[0].Text!;
        Assert.Contains("Today's callbacks (1)", text);
        Assert.Contains("call Globex", text);
        Assert.Contains("Overdue (1)", text);
        Assert.Contains("visit Initech", text);
        Assert.Contains("No goals set yet", text);
        Assert.Contains("Tip of the day", text);
        Assert.Matches(@"\(#[a-z0-9-]+\)", text);

        settings.Enabled = false;
        await Store.SaveDigestAsync(settings);
        Assert.Null(await composer.ComposeAsync(occurrence));
    }

    [Fact]
    public async Task TheDigestTipRotatesDaily()
    {
        var a = PlaybookTips.For(new DateOnly(2026, 3, 2), "zh-CN")!;
        var b = PlaybookTips.For(new DateOnly(2026, 3, 3), "zh-CN")!;
        Assert.NotEqual(a.Anchor, b.Anchor);
        Assert.Equal(a.Anchor, PlaybookTips.For(new DateOnly(2026, 3, 2), "en-US")!.Anchor);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task TheDigestNamesTheBiggestAdverseKpiChange()
    {
        // The tiny company's south rep sold 5,000 last month by now and 4,200 this month: revenue is down 16%.
        var settings = await Store.SaveDigestAsync(new DigestSettings
        {
            ChannelId = "test", ChannelUserId = SouthRep, SalesUserId = SouthRep, TimeZoneId = "Asia/Shanghai", Locale = "en-US",
        });
        var now = TimeProvider.System.GetUtcNow();
        var message = await Digest(TimeProvider.System).ComposeAsync(new ScheduledMessage($"digest:test:{SouthRep}", "test", SouthRep, now, "digest", settings.Id.ToString()));
        var text = message!.Replies[0].Text!;
        Assert.Contains("Revenue", text);
        Assert.Contains("-16.0%", text);
        Assert.True(message.NextDueUtc > now);
    }

    private DigestComposer Digest(TimeProvider clock) => new(Store, _host.Services.GetRequiredService<ViewerResolver>(), new NoGoalPaceSource(),
        _host.Services.GetRequiredService<KpiAlertFinder>(), clock);
}
