using SalesCoach.Data.Reminders;

namespace SalesCoach.Skills.Reminders;

/// <summary>Done, cancel and snooze: the state change and the schedule change together.</summary>
public sealed class ReminderActions(ReminderStore store, ReminderScheduling scheduling, TimeProvider time)
{
    /// <summary>
    /// Done on a one-off closes it. On a repeating reminder it closes the occurrence that alerted (the composer
    /// has already moved the series on, or a snooze is pending); a series still at a past time moves to its
    /// next one. Cancel stops the series.
    /// </summary>
    public async Task<Reminder> DoneAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (reminder.Rule is not { } rule) reminder.Status = ReminderStatus.Done;
        else if (reminder.SnoozedUntilUtc is null && reminder.DueUtc <= now)
            reminder.DueUtc = rule.NextAfter(now, ReminderFormat.ZoneOf(reminder, TimeZoneInfo.Utc));
        reminder.SnoozedUntilUtc = null;
        return await SaveAsync(reminder, cancellationToken);
    }

    public async Task<Reminder> CancelAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        reminder.Status = ReminderStatus.Cancelled;
        return await SaveAsync(reminder, cancellationToken);
    }

    public async Task<Reminder> SnoozeAsync(Reminder reminder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        reminder.SnoozedUntilUtc = until;
        return await SaveAsync(reminder, cancellationToken);
    }

    /// <summary>A new time for the reminder ("把它改到下午3点"): the series or the one-off moves there, a pending snooze is dropped.</summary>
    public async Task<Reminder> RescheduleAsync(Reminder reminder, DateTimeOffset dueUtc, CancellationToken cancellationToken)
    {
        reminder.DueUtc = dueUtc;
        reminder.SnoozedUntilUtc = null;
        return await SaveAsync(reminder, cancellationToken);
    }

    /// <summary>"Tomorrow" is 09:00 tomorrow in the reminder's zone: the start of the next working morning, not 24 h later at night.</summary>
    public DateTimeOffset Tomorrow(Reminder reminder)
    {
        var zone = ReminderFormat.ZoneOf(reminder, TimeZoneInfo.Utc);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        return LocalClock.ToUtc(today.AddDays(1).ToDateTime(RecurrenceParser.DefaultTime), zone);
    }

    public DateTimeOffset In(TimeSpan span) => time.GetUtcNow() + span;

    private async Task<Reminder> SaveAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(reminder, cancellationToken);
        await scheduling.ApplyAsync(reminder, cancellationToken);
        return reminder;
    }
}
