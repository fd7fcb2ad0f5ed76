namespace SalesCoach.Data.Reminders;

/// <summary>One user's daily digest: on or off, at which local time, every day or weekdays only, in which zone.</summary>
public sealed class DigestSettings
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ChannelUserId { get; set; }
    public string? SalesUserId { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes after local midnight; 540 = 09:00, the start of a working day.</summary>
    public int LocalMinutes { get; set; } = DefaultLocalMinutes;
    public bool WeekdaysOnly { get; set; }
    public required string TimeZoneId { get; set; }
    public required string Locale { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const int DefaultLocalMinutes = 9 * 60;

    public TimeOnly LocalTime => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(LocalMinutes));

    /// <summary>The digest's schedule as a recurrence: every day, or Monday to Friday, at the local time.</summary>
    public RecurrenceRule Rule => WeekdaysOnly
        ? RecurrenceRule.Weekly([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], LocalTime)
        : RecurrenceRule.Daily(LocalTime);
}
