using System.Globalization;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// The message of a due reminder, written when it fires: nothing if it was done or cancelled meanwhile; for a
/// repeating one, the next time on its local calendar (so 09:00 stays 09:00 across a DST change). Composing
/// twice for one occurrence (a retried send) gives the same message and the same next time.
/// </summary>
public sealed class ReminderComposer(ReminderStore store, TimeProvider time) : IProactiveComposer
{
    public string Kind => ReminderScheduling.ReminderKind;

    public async Task<ProactiveMessage?> ComposeAsync(ScheduledMessage occurrence, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(occurrence.PayloadId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        if (await store.FindAsync(id, cancellationToken) is not { Status: ReminderStatus.Active } reminder) return null;
        // An occurrence the reminder has moved past (snoozed later or completed early) is stale: the newer schedule sends it.
        if (reminder.NextAlertUtc > occurrence.DueUtc + TimeSpan.FromMinutes(1) && reminder.Rule is null) return null;

        var zone = ReminderFormat.ZoneOf(reminder, TimeZoneInfo.Utc);
        var locale = reminder.Locale;
        DateTimeOffset? next = null;
        if (reminder.Rule is { } rule)
        {
            // After this occurrence (or now, when it fires late): a host down for days does not replay every missed day.
            next = rule.NextAfter(occurrence.DueUtc > time.GetUtcNow() ? occurrence.DueUtc : time.GetUtcNow(), zone);
            if (reminder.DueUtc != next || reminder.SnoozedUntilUtc is not null)
            {
                reminder.DueUtc = next.Value;
                reminder.SnoozedUntilUtc = null;
                await store.UpdateAsync(reminder, cancellationToken);
            }
        }
        return Message(reminder, zone, locale, occurrence.DueUtc, next);
    }

    private static ProactiveMessage Message(Reminder reminder, TimeZoneInfo zone, string locale, DateTimeOffset dueShown, DateTimeOffset? next)
    {
        var text = Strings.Get(locale, "reminders.alert", reminder.Subject, ReminderFormat.WhenWithZone(dueShown, zone, locale));
        var shown = new Reminder
        {
            Id = reminder.Id, ChannelId = reminder.ChannelId, ChannelUserId = reminder.ChannelUserId, Subject = reminder.Subject,
            CustomerId = reminder.CustomerId, CustomerName = reminder.CustomerName, DueUtc = dueShown, TimeZoneId = reminder.TimeZoneId,
            Recurrence = reminder.Recurrence, Locale = locale,
        };
        var card = ReminderCard.Build(shown, zone, locale, Strings.Get(locale, "reminders.card.alertTitle"), withCancel: reminder.Rule is not null);
        return new ProactiveMessage(locale, [new Reply(text, card)], next);
    }
}
