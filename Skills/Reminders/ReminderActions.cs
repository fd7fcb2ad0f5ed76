using SalesCoach.Data.Reminders;

namespace SalesCoach.Skills.Reminders;

/// <summary>Done, cancel and snooze: the state change and the schedule change together.</summary>
public sealed class ReminderActions(ReminderStore store, ReminderScheduling scheduling, TimeProvider time)
{
    /// <summary>
    /// Done on a one-off closes it; on a repeating reminder it closes this occurrence only and the series moves
    /// to its next time (cancel stops the series).
    /// </summary>
    public async Task<Reminder> DoneAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        if (reminder.Rule is { } rule)
        {
            var zone = ReminderFormat.ZoneOf(reminder, TimeZoneInfo.Utc);
            var after = reminder.DueUtc > time.GetUtcNow() ? reminder.DueUtc : time.GetUtcNow();
            reminder.DueUtc = rule.NextAfter(after, zone);
        }
        else reminder.Status = ReminderStatus.Done;
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
