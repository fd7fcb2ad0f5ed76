using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// The new time of something that already has one ("move it to 9", "hmm no, 7 is better", "thursday not wednesday",
/// "monday, same time"): a bare hour or a weekday means little alone, but beside the current time it is clear. A bare
/// hour is the one of h / h+12 nearer the current time (a reminder at 8am moved "to 9" is at 9am, one at 2pm moved
/// "to 4" at 4pm); a weekday alone keeps the time of day.
/// </summary>
public static partial class LooseTime
{
    // One number and no other digit: "to 9", "7 is better", "改到9". Not a count, a date or a duration ("9 days", "9号").
    [GeneratedRegex(@"^[^\d]*?(?<h>\d{1,2})(?![\d:.,]|\s*(?:%|st\b|nd\b|rd\b|th\b|days?\b|hours?\b|hrs?\b|h\b|min|weeks?\b|months?\b|号|日|天|个|分|小时|周|月))[^\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareHourPattern();

    // "sat" and "sun" alone are words and a surname (Sun Yong): only their full names count.
    [GeneratedRegex(@"\b(?<d>monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri|saturday|sunday)\b|(?:周|星期|礼拜)(?<z>[一二三四五六日天])", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPattern();

    /// <summary>The hour a message names with nothing else ("to 9"), or null.</summary>
    public static int? BareHour(string text) =>
        BareHourPattern().Match(text) is { Success: true } m && int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) is var h and <= 23 ? h : null;

    /// <summary>9 beside 08:00 is 09:00; 4 beside 14:00 is 16:00; an hour past 12 is taken as said.</summary>
    public static TimeOnly Nearest(int hour, TimeOnly current)
    {
        if (hour > 12) return new TimeOnly(hour, 0);
        var morning = hour % 12;
        var evening = morning + 12;
        var now = current.Hour + current.Minute / 60.0;
        return new TimeOnly(Math.Abs(morning - now) <= Math.Abs(evening - now) ? morning : evening, 0);
    }

    /// <summary>
    /// The weekday a message names ("thursday", "fri", "周四"), or null; the last one when it names two ("move the
    /// friday one to monday": the new day comes after the one that picks the reminder).
    /// </summary>
    public static DayOfWeek? Weekday(string text)
    {
        if (WeekdayPattern().Matches(text) is not { Count: > 0 } all) return null;
        var m = all[^1];
        if (m.Groups["z"].Success)
            return "日天一二三四五六".IndexOf(m.Groups["z"].Value[0], StringComparison.Ordinal) is var i && i <= 1 ? DayOfWeek.Sunday : (DayOfWeek)(i - 1);
        return m.Groups["d"].Value.ToLowerInvariant()[..2] switch
        {
            "mo" => DayOfWeek.Monday,
            "tu" => DayOfWeek.Tuesday,
            "we" => DayOfWeek.Wednesday,
            "th" => DayOfWeek.Thursday,
            "fr" => DayOfWeek.Friday,
            "sa" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    /// <summary>"friday" and "周五" for a day: the words that name a reminder by its day ("the friday one").</summary>
    public static string[] Names(DayOfWeek day) =>
        [day.ToString().ToLowerInvariant(), "周" + "日一二三四五六"[(int)day], "星期" + "日一二三四五六"[(int)day]];

    /// <summary>The first such weekday after today ("thursday" said on a Thursday is next week's).</summary>
    public static DateOnly Next(DayOfWeek day, DateOnly today)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }
}
