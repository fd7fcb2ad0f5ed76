using System.Globalization;

namespace SalesCoach.Skills.Localization;

/// <summary>
/// "2026年12月" / "December 2026", "2026年第四季度" / "Q4 2026", "2026年" / "2026": the name people use for a range that is a
/// whole calendar month, quarter or year (or, when <c>partial</c>, that unit so far). Shared by KPI answers and goal
/// drafts, so "是这个月" is answered with "12月" on screen and not only with dates to decode.
/// </summary>
public static class CalendarNames
{
    /// <summary>The unit's name, or null when the range (local times, end exclusive) is not one.</summary>
    public static string? Name(DateTime start, DateTime endExclusive, bool partial, string locale)
    {
        if (start.TimeOfDay != TimeSpan.Zero || start.Day != 1 || endExclusive <= start) return null;
        var last = endExclusive.TimeOfDay == TimeSpan.Zero ? endExclusive.AddDays(-1) : endExclusive;
        var zh = locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        // The unit the range fills: it ends where the unit does, or it is the unit so far.
        bool Fills(DateTime unitEnd) => last.Date == unitEnd.AddDays(-1).Date || (partial && last < unitEnd);
        if (start.Month == 1 && last.Year == start.Year && last.Month > 3 && Fills(start.AddYears(1)))
            return zh ? $"{start.Year}年" : $"{start.Year}";
        if ((start.Month - 1) % 3 == 0 && last < start.AddMonths(3) && last.Month != start.Month && Fills(start.AddMonths(3)))
            return zh ? $"{start.Year}年第{"一二三四"[(start.Month - 1) / 3]}季度" : $"Q{(start.Month - 1) / 3 + 1} {start.Year}";
        if (last < start.AddMonths(1) && Fills(start.AddMonths(1)))
            return zh ? $"{start.Year}年{start.Month}月" : start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return null;
    }
}
