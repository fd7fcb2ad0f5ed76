namespace SalesCoach.Data.Reminders;

/// <summary>
/// A callback reminder a user asked for. The owner is the chat identity (channel + channel user id: where
/// the proactive message goes) plus the sales user it resolved to when created (whose customers it may link).
/// </summary>
public sealed class Reminder
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ChannelUserId { get; set; }
    public string? SalesUserId { get; set; }

    /// <summary>Set only when the name matched a customer the owner may see; <see cref="CustomerName"/> keeps the name as typed either way.</summary>
    public string? CustomerId { get; set; }
    public string? CustomerName { get; set; }
    public required string Subject { get; set; }

    /// <summary>The next occurrence of the series (or the one-off time); a snooze does not move it, see <see cref="SnoozedUntilUtc"/>.</summary>
    public DateTimeOffset DueUtc { get; set; }

    /// <summary>The zone the user spoke in (IANA id): recurring times stay at the same local hour across DST.</summary>
    public required string TimeZoneId { get; set; }

    /// <summary>A <see cref="RecurrenceRule"/> in its text form ("monthly:1@10:00"); null for a one-off.</summary>
    public string? Recurrence { get; set; }
    public ReminderStatus Status { get; set; } = ReminderStatus.Active;
    public DateTimeOffset? SnoozedUntilUtc { get; set; }

    /// <summary>The language the reminder was asked in: the proactive message is written in it.</summary>
    public required string Locale { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the message is due next: the snooze if there is one, else the series' next time.</summary>
    public DateTimeOffset NextAlertUtc => SnoozedUntilUtc ?? DueUtc;

    public RecurrenceRule? Rule => RecurrenceRule.TryParse(Recurrence, out var rule) ? rule : null;
}
