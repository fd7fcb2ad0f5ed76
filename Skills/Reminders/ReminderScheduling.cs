using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Skills.Reminders;

/// <summary>The one place that tells the durable schedule about a reminder or a digest, keyed as the contract says.</summary>
public sealed class ReminderScheduling(IProactiveSchedule schedule)
{
    public const string ReminderKind = "reminder", DigestKind = "digest";

    public static string KeyOf(Reminder reminder) => $"reminder:{reminder.Id}";

    public static string KeyOf(DigestSettings settings) => $"digest:{settings.ChannelId}:{settings.ChannelUserId}";

    /// <summary>Active: (re)schedule at its next alert; done or cancelled: remove what is pending.</summary>
    public Task ApplyAsync(Reminder reminder, CancellationToken cancellationToken) => reminder.Status == ReminderStatus.Active
        ? schedule.ScheduleAsync(new ScheduledMessage(KeyOf(reminder), reminder.ChannelId, reminder.ChannelUserId, reminder.NextAlertUtc, ReminderKind,
            reminder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken)
        : schedule.CancelAsync(KeyOf(reminder), cancellationToken);

    public Task ApplyAsync(DigestSettings settings, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) => settings.Enabled
        ? schedule.ScheduleAsync(new ScheduledMessage(KeyOf(settings), settings.ChannelId, settings.ChannelUserId, settings.Rule.NextAfter(now, zone), DigestKind,
            settings.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken)
        : schedule.CancelAsync(KeyOf(settings), cancellationToken);
}
