using System.Globalization;

namespace SalesCoach.Data.Reminders;

/// <summary>
/// A small repeat rule, stored as text so it survives any serializer: "daily@09:00", "weekly:1,5@14:00"
/// (days as .NET DayOfWeek numbers, Sunday = 0), "monthly:1@10:00" (day N of the month; a 31 in a short
/// month falls on its last day). The time is local to the reminder's zone, so a 09:00 callback stays at
/// 09:00 when the clocks change. RRULE would cover more, but nobody asks a sales bot for "every second
/// Tuesday except in August", and this form is read at a glance in the database.
/// </summary>
public sealed record RecurrenceRule(RecurrenceKind Kind, IReadOnlyList<int> Days, TimeOnly Time)
{
    public static RecurrenceRule Daily(TimeOnly time) => new(RecurrenceKind.Daily, [], time);

    public static RecurrenceRule Weekly(IEnumerable<DayOfWeek> days, TimeOnly time) =>
        new(RecurrenceKind.Weekly, days.Select(d => (int)d).Distinct().Order().ToList(), time);

    public static RecurrenceRule Monthly(int day, TimeOnly time) => new(RecurrenceKind.Monthly, [Math.Clamp(day, 1, 31)], time);

    public RecurrenceRule At(TimeOnly time) => this with { Time = time };

    public override string ToString()
    {
        var time = Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Kind switch
        {
            RecurrenceKind.Daily => $"daily@{time}",
            RecurrenceKind.Weekly => $"weekly:{string.Join(',', Days)}@{time}",
            _ => $"monthly:{Days[0]}@{time}",
        };
    }

    public static bool TryParse(string? text, out RecurrenceRule rule)
    {
        rule = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var at = text.Split('@');
        if (at.Length != 2 || !TimeOnly.TryParseExact(at[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return false;
        var head = at[0].Split(':');
        var days = head.Length == 2
            ? head[1].Split(',').Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList()
            : [];
        switch (head[0])
        {
            case "daily" when head.Length == 1:
                rule = Daily(time);
                return true;
            case "weekly" when days.Count > 0 && days.All(d => d is >= 0 and <= 6):
                rule = new RecurrenceRule(RecurrenceKind.Weekly, days.Distinct().Order().ToList(), time);
                return true;
            case "monthly" when days is [>= 1 and <= 31]:
                rule = Monthly(days[0], time);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="afterUtc"/>, computed on the local calendar of <paramref name="zone"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset afterUtc, TimeZoneInfo zone)
    {
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(afterUtc, zone).DateTime);
        // Two months and a bit always contains a matching day (a monthly rule fires in every month).
        for (var date = start; date <= start.AddDays(66); date = date.AddDays(1))
        {
            if (!Matches(date)) continue;
            var due = LocalClock.ToUtc(date.ToDateTime(Time), zone);
            if (due > afterUtc) return due;
        }
        throw new InvalidOperationException($"Rule {this} has no occurrence after {afterUtc:O}");
    }

    public bool Matches(DateOnly date) => Kind switch
    {
        RecurrenceKind.Daily => true,
        RecurrenceKind.Weekly => Days.Contains((int)date.DayOfWeek),
        _ => date.Day == Math.Min(Days[0], DateTime.DaysInMonth(date.Year, date.Month)),
    };
}
