using System.Globalization;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Reminders;

/// <summary>Times and repeat rules as the user reads them: in their zone, with the zone named.</summary>
public static class ReminderFormat
{
    public static string When(DateTimeOffset utc, TimeZoneInfo zone, string locale)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var day = Strings.Get(locale, "reminders.weekday." + (int)local.DayOfWeek);
        return $"{local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {day} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Asia/Shanghai (UTC+08:00)": the offset at that instant, so a DST zone shows which side of the change it is on.</summary>
    public static string Zone(DateTimeOffset utc, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(utc);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})";
    }

    public static string WhenWithZone(DateTimeOffset utc, TimeZoneInfo zone, string locale) => $"{When(utc, zone, locale)} {Zone(utc, zone)}";

    public static string Rule(RecurrenceRule rule, string locale)
    {
        var time = rule.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return rule.Kind switch
        {
            RecurrenceKind.Daily => Strings.Get(locale, "reminders.rule.daily", time),
            RecurrenceKind.Weekly when rule.Days.SequenceEqual([1, 2, 3, 4, 5]) => Strings.Get(locale, "reminders.rule.workdays", time),
            RecurrenceKind.Weekly => Strings.Get(locale, "reminders.rule.weekly",
                string.Join(locale == Locales.Chinese ? "、" : ", ", rule.Days.Select(d => Strings.Get(locale, "reminders.weekday." + d))), time),
            _ => Strings.Get(locale, "reminders.rule.monthly", rule.Days[0], time),
        };
    }

    public static TimeZoneInfo ZoneOf(Reminder reminder, TimeZoneInfo fallback) => LocalClock.FindZone(reminder.TimeZoneId) ?? fallback;
}
