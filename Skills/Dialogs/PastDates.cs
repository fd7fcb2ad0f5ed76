using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// "6月底之前" said in December means next June: a date or range that names no year and is already over
/// moves forward a year. A year said outright ("2026年6月", "去年", "this year") is kept as said, and the
/// validator then explains that it is over.
/// </summary>
public static partial class PastDates
{
    [GeneratedRegex(@"\d{4}|今年|去年|前年|明年|本年|年初|年底|年末|全年|\b(?:this|last|next)\s+year\b|\b(?:ytd|fy)\b|[上这本]个?(?:月|季度|周|星期)|\b(?:last|this|past|previous)\s+(?:month|quarter|week)\b|昨天|上周|前天|\byesterday\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesTheYear();

    public static SlotValue RollForward(SlotValue value, DateTimeOffset now)
    {
        if (value.Resolution is not { Length: >= 10 } resolution || NamesTheYear().IsMatch(value.Text)) return value;
        var parts = resolution.Split('/');
        // An open start ("/2026-05-31": from today until then) is allowed and stays open.
        if (parts[^1].Length == 0 || !parts.All(p => p.Length == 0 || DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))) return value;
        var end = DateTimeOffset.Parse(parts[^1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (parts[^1].Length <= 10) end = end.AddDays(1);
        if (end > now || end < now.AddYears(-1)) return value;
        // Only the parts that are over move: "now/2026-05-31" (from today until the end of May) keeps its start.
        var rolled = string.Join('/', parts.Select(p => p.Length > 0 && IsOver(p, now) ? NextYear(p) : p));
        return new SlotValue { Entity = value.Entity, Text = value.Text, Resolution = rolled };
    }

    private static bool IsOver(string part, DateTimeOffset now)
    {
        var at = DateTimeOffset.Parse(part, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return (part.Length <= 10 ? at.AddDays(1) : at) <= now;
    }

    /// <summary>The same calendar position a year later, keeping the text's format (a date, or an instant with its offset).</summary>
    private static string NextYear(string part)
    {
        if (part.Length <= 10 && DateOnly.TryParse(part, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // The last day of a month stays the last day (Feb 28 → Feb 29 in a leap year).
            var next = day.AddYears(1);
            if (day.Day == DateTime.DaysInMonth(day.Year, day.Month)) next = new DateOnly(next.Year, next.Month, DateTime.DaysInMonth(next.Year, next.Month));
            return next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var instant = DateTimeOffset.Parse(part, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return instant.AddYears(1).ToString("O", CultureInfo.InvariantCulture);
    }
}
