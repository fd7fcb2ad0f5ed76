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

    // English forms that name their own bounds: a range ("from Jan to Mar", "Q3 and Q4"), a count ahead ("the next 3 months",
    // "within 2 weeks"), a start ("since January"), a year ("in 2026", "FY26"), a half or a quarter in words ("the first half").
    private static readonly Regex EnRange = new(@"(?<a>q[1-4]|[a-z]{3,9})(?: ?[-–~] ?| to | through | thru | and )(?<b>q[1-4]|[a-z]{3,9})", PhrasePattern.Options);
    private static readonly Regex AheadCount = new(@"(?:next|coming|within)\s+(?:the next\s+)?(\d+|a|one|two|three|four|five|six|twelve)\s+(days?|weeks?|wks?|months?|quarters?|qtrs?|years?)", PhrasePattern.Options);
    private static readonly Regex ExplicitYear = new(@"(?<![0-9])(20[1-3]\d)(?![0-9])|fy ?(\d{2})(?![0-9])", PhrasePattern.Options);
    private static readonly Regex HalfInWords = new(@"(first|1st|second|2nd) half", PhrasePattern.Options);
    private static readonly Regex QuarterInWords = new(@"(first|1st|second|2nd|third|3rd|fourth|4th) quarter", PhrasePattern.Options);

    public static DateRange? Resolve(string span, NluContext context)
    {
        var now = TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime;
        var today = now.Date;
        var s = span.ToLowerInvariant();
        if (ResolveEnglish(s, today) is { } english) return new DateRange(At(english.Start, context), At(english.End, context));
        var shift = Shift(s);
        var deadline = Regex.IsMatch(s, "前|之前|by |before |until |till |end of|底|末");

        (DateTime Start, DateTime End)? range = null;
        if (Regex.IsMatch(s, "最近|近期|近来|recent|lately|past|过去|近"))
        {
            var m = RecentCount.Match(Regex.Replace(s, "(?<![a-z])(two|three|four|five|six|twelve)(?![a-z])", w => w.Value switch
            {
                "two" => "2", "three" => "3", "four" => "4", "five" => "5", "six" => "6", _ => "12",
            }));
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

    private static (DateTime Start, DateTime End)? ResolveEnglish(string s, DateTime today)
    {
        // Chinese spans have their own reading below ("2026年3月" is a month, not a year).
        if (s.Any(c => c is >= '\u4e00' and <= '\u9fff')) return null;
        var year = ExplicitYear.Match(s) is { Success: true } y
            ? y.Groups[1].Success ? int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 2000 + int.Parse(y.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            : today.Year + (Regex.IsMatch(s, "next (?:year|yr|fy)") ? 1 : Regex.IsMatch(s, "last (?:year|yr|fy)") ? -1 : 0);
        if (EnRange.Match(s) is { Success: true } r && Part(r.Groups["a"].Value, year) is { } a && Part(r.Groups["b"].Value, year) is { } b && b.End > a.Start)
            return (a.Start, b.End);
        if (AheadCount.Match(s) is { Success: true } ahead)
        {
            var count = ahead.Groups[1].Value switch { "" or "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "twelve" => 12, var n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) };
            var days = (int)Math.Round(count * UnitDays(ahead.Groups[2].Value.Replace("wk", "week", StringComparison.Ordinal).Replace("qtr", "quarter", StringComparison.Ordinal)));
            return (today, today.AddDays(days + 1));
        }
        if (HalfInWords.Match(s) is { Success: true } half)
            return half.Groups[1].Value is "first" or "1st" ? (new DateTime(year, 1, 1), new DateTime(year, 7, 1)) : (new DateTime(year, 7, 1), new DateTime(year + 1, 1, 1));
        if (QuarterInWords.Match(s) is { Success: true } quarter)
        {
            var n = quarter.Groups[1].Value switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
            var start = new DateTime(year, 3 * n - 2, 1);
            return (start, start.AddMonths(3));
        }
        if (s.StartsWith("since ", StringComparison.Ordinal) && Part(s[6..].Replace("the start of ", "", StringComparison.Ordinal).Replace("the beginning of ", "", StringComparison.Ordinal).Trim(), year) is { } since && since.Start <= today)
            return (since.Start, today.AddDays(1));
        if (Regex.IsMatch(s, "christmas|xmas")) return (today, new DateTime(today.Month == 12 && today.Day > 25 ? today.Year + 1 : today.Year, 12, 26));
        if (!ExplicitYear.IsMatch(s)) return null;
        // A year typed out: the quarter, half or month of that year ("Q1 2027", "H2 2026", "December 2026"), else the whole year.
        var words = Regex.Split(s, "[^a-z0-9]+");
        if (words.Select(w => Part(w, year)).FirstOrDefault(p => p is not null) is { } part) return part;
        if (Regex.Match(s, "h([12])") is { Success: true } h)
            return h.Groups[1].Value == "1" ? (new DateTime(year, 1, 1), new DateTime(year, 7, 1)) : (new DateTime(year, 7, 1), new DateTime(year + 1, 1, 1));
        return (new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1));
    }

    /// <summary>A month ("mar", "march") or a quarter ("q3") of <paramref name="year"/> as [start, end).</summary>
    private static (DateTime Start, DateTime End)? Part(string word, int year)
    {
        if (Regex.Match(word, "^q([1-4])$") is { Success: true } q)
        {
            var start = new DateTime(year, 3 * int.Parse(q.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 2, 1);
            return (start, start.AddMonths(3));
        }
        var month = Array.FindIndex(EnMonths, m => word.StartsWith(m, StringComparison.Ordinal));
        if (month < 0 || word.Length > 3 && !word.StartsWith(Months[month], StringComparison.Ordinal) && word != "sept") return null;
        var first = new DateTime(year, month + 1, 1);
        return (first, first.AddMonths(1));
    }

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

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
