using SalesCoach.Data.Reminders;

namespace SalesCoach.Skills.Reminders;

/// <summary>Which reminders a list shows; the groups are days in the user's zone.</summary>
public enum ReminderListFilter
{
    Today,
    Week,
    Overdue,
    All,
}

/// <summary>Active reminders split into overdue, today, the rest of this week (to Sunday) and later.</summary>
public sealed record ReminderGroups(IReadOnlyList<Reminder> Overdue, IReadOnlyList<Reminder> Today, IReadOnlyList<Reminder> ThisWeek, IReadOnlyList<Reminder> Later)
{
    public static ReminderGroups Of(IEnumerable<Reminder> reminders, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var tomorrow = LocalClock.ToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var daysToSunday = ((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7;
        var weekEnd = LocalClock.ToUtc(today.AddDays(daysToSunday + 1).ToDateTime(TimeOnly.MinValue), zone);
        var list = reminders.OrderBy(r => r.NextAlertUtc).ToList();
        return new ReminderGroups(
            list.Where(r => r.NextAlertUtc <= now).ToList(),
            list.Where(r => r.NextAlertUtc > now && r.NextAlertUtc < tomorrow).ToList(),
            list.Where(r => r.NextAlertUtc >= tomorrow && r.NextAlertUtc < weekEnd).ToList(),
            list.Where(r => r.NextAlertUtc >= weekEnd).ToList());
    }
}
