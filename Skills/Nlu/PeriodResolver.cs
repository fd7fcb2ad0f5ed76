using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Resolves a period span (folded text) to [start, end) relative to now in the user's time zone.
/// Calendar periods ("上个季度", "this quarter", "Q3", "6月") are whole; deadlines ("年底前", "by end of
/// June") run from today to the end of what they name, as a goal set today runs.
/// </summary>
public static class PeriodResolver
{
    private static readonly string[] EnMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly Regex QuarterNumber = new(@"q([1-4])|第?([一二三四1-4])季度", PhrasePattern.Options);
    private static readonly Regex MonthNumber = new(@"(\d{1,2}|[一二三四五六七八九十]{1,3})月", PhrasePattern.Options);
    private static readonly Regex RecentCount = new(@"(\d+|[一二两三四五六七八九十半])\s*个?\s*(天|days?|周|星期|weeks?|月|months?|季度|quarters?|年|years?)", PhrasePattern.Options);

    public static DateRange? Resolve(string span, NluContext context)
    {
        var now = TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime;
        var today = now.Date;
        var s = span.ToLowerInvariant();
        var shift = Shift(s);
        var deadline = Regex.IsMatch(s, "前|之前|by |before |until |till |end of|底|末");

        (DateTime Start, DateTime End)? range = null;
        if (Regex.IsMatch(s, "最近|近期|近来|recent|lately|past|过去|近"))
        {
            var m = RecentCount.Match(s);
            var days = m.Success ? (int)((double)ChineseNumber.Parse(m.Groups[1].Value) * UnitDays(m.Groups[2].Value)) : 30;
            range = (today.AddDays(-days + 1), today.AddDays(1));
        }
        else if (Regex.IsMatch(s, "ytd|year to date|截至目前|至今|年内|今年(到现在|到目前|以来)"))
            range = (new DateTime(today.Year, 1, 1), today.AddDays(1));
        else if (QuarterNumber.Match(s) is { Success: true } q)
        {
            var n = (int)ChineseNumber.Parse(q.Groups[1].Success ? q.Groups[1].Value : q.Groups[2].Value);
            // "去年Q2": the year word shifts the quarter; a bare "Q2" is this year's.
            var start = new DateTime(today.Year + (s.Contains('年') || s.Contains("year", StringComparison.Ordinal) ? shift : 0), 3 * n - 2, 1);
            range = (start, start.AddMonths(3));
        }
        else if (Regex.IsMatch(s, "季|quarter|qtr"))
        {
            var start = new DateTime(today.Year, 3 * ((today.Month - 1) / 3) + 1, 1).AddMonths(3 * shift);
            range = (start, start.AddMonths(3));
        }
        else if (Regex.IsMatch(s, "上半年|h1")) range = (new DateTime(today.Year, 1, 1), new DateTime(today.Year, 7, 1));
        else if (Regex.IsMatch(s, "下半年|h2")) range = (new DateTime(today.Year, 7, 1), new DateTime(today.Year + 1, 1, 1));
        else if (Regex.IsMatch(s, "年|year|yr|fy") && !MonthNumber.IsMatch(s))
        {
            var start = new DateTime(today.Year + shift, 1, 1);
            range = (start, start.AddYears(1));
        }
        else if (MonthNumber.Match(s) is { Success: true } mn)
        {
            var start = new DateTime(today.Year + (s.Contains('年') ? shift : 0), (int)ChineseNumber.Parse(mn.Groups[1].Value), 1);
            range = (start, start.AddMonths(1));
        }
        else if (EnMonths.Select((name, i) => (name, i)).FirstOrDefault(x => Regex.IsMatch(s, $"(?<![a-z]){x.name}")) is { name: not null } month)
        {
            var start = new DateTime(today.Year, month.i + 1, 1);
            range = (start, start.AddMonths(1));
        }
        else if (Regex.IsMatch(s, "月|month"))
        {
            var start = new DateTime(today.Year, today.Month, 1).AddMonths(shift);
            range = (start, start.AddMonths(1));
        }
        else if (Regex.IsMatch(s, "周|星期|礼拜|week|wk"))
        {
            var start = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * shift);
            range = (start, start.AddDays(7));
        }
        if (range is not { } r) return null;
        var from = deadline && r.Start < today && r.End > today ? today : r.Start;
        return new DateRange(At(from, context), At(r.End, context));
    }

    private static int Shift(string s) =>
        Regex.IsMatch(s, "上上|前年") ? -2
        : Regex.IsMatch(s, "^上|去年|last|previous|prior") ? -1
        : Regex.IsMatch(s, "下下") ? 2
        : Regex.IsMatch(s, "^下|明年|next|coming") ? 1
        : 0;

    private static double UnitDays(string unit) => unit switch
    {
        _ when unit.StartsWith('天') || unit.StartsWith("day", StringComparison.Ordinal) => 1,
        _ when unit is "周" or "星期" || unit.StartsWith("week", StringComparison.Ordinal) => 7,
        _ when unit.StartsWith("季", StringComparison.Ordinal) || unit.StartsWith("quarter", StringComparison.Ordinal) => 91,
        _ when unit == "年" || unit.StartsWith("year", StringComparison.Ordinal) => 365,
        _ => 30,
    };

    private static DateTimeOffset At(DateTime local, NluContext context) => new(local, context.TimeZone.GetUtcOffset(local));
}
