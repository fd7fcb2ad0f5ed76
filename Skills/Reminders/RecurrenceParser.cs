using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// "每月1号" / "每周五" / "每个工作日" / "每天" / "every Monday" / "on the 1st of every month": the repeat part of
/// a reminder. The time comes from the same sentence, else 09:00 (said on the card), because "每月1号回访"
/// names a day, not an hour, and asking for one would be pedantic.
/// </summary>
public static partial class RecurrenceParser
{
    public static readonly TimeOnly DefaultTime = new(9, 0);

    [GeneratedRegex(@"每(?:个)?月(?:的)?(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)")]
    private static partial Regex MonthlyZh();

    [GeneratedRegex(@"(?:每(?:个)?(?:周|星期|礼拜))(?<d>[一二三四五六日天](?:(?:、|和|,|，)(?:周|星期)?[一二三四五六日天])*)")]
    private static partial Regex WeeklyZh();

    [GeneratedRegex(@"每(?:个)?工作日")]
    private static partial Regex WorkdaysZh();

    [GeneratedRegex(@"每天|每日")]
    private static partial Regex DailyZh();

    [GeneratedRegex(@"(?:on the (?<d>\d{1,2})(?:st|nd|rd|th)? of every month|every month on the (?<d>\d{1,2})(?:st|nd|rd|th)?|monthly on the (?<d>\d{1,2})(?:st|nd|rd|th)?)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthlyEn();

    [GeneratedRegex(@"every (?<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?", RegexOptions.IgnoreCase)]
    private static partial Regex WeeklyEn();

    [GeneratedRegex(@"every (?:week ?day|working day)|on weekdays", RegexOptions.IgnoreCase)]
    private static partial Regex WorkdaysEn();

    [GeneratedRegex(@"every ?day|daily", RegexOptions.IgnoreCase)]
    private static partial Regex DailyEn();

    private static readonly DayOfWeek[] Workdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The rule in <paramref name="text"/> (with its time, or 09:00) and the words that said it.</summary>
    public static (RecurrenceRule Rule, string Text)? Find(string text)
    {
        var time = TimeOfDayParser.Find(text)?.Time ?? DefaultTime;
        if (MonthlyZh().Match(text) is { Success: true } mz)
            return (RecurrenceRule.Monthly((int)ChineseNumber.Parse(mz.Groups["d"].Value), time), mz.Value);
        if (MonthlyEn().Match(text) is { Success: true } me)
            return (RecurrenceRule.Monthly(int.Parse(me.Groups["d"].Value, CultureInfo.InvariantCulture), time), me.Value);
        if (WorkdaysZh().Match(text) is { Success: true } wdz) return (RecurrenceRule.Weekly(Workdays, time), wdz.Value);
        if (WorkdaysEn().Match(text) is { Success: true } wde) return (RecurrenceRule.Weekly(Workdays, time), wde.Value);
        if (WeeklyZh().Match(text) is { Success: true } wz)
            return (RecurrenceRule.Weekly(wz.Groups["d"].Value.Where(c => "一二三四五六日天".Contains(c)).Select(ZhDay), time), wz.Value);
        if (WeeklyEn().Match(text) is { Success: true } we)
            return (RecurrenceRule.Weekly([Enum.Parse<DayOfWeek>(we.Groups["d"].Value, ignoreCase: true)], time), we.Value);
        if (DailyZh().Match(text) is { Success: true } dz) return (RecurrenceRule.Daily(time), dz.Value);
        if (DailyEn().Match(text) is { Success: true } de) return (RecurrenceRule.Daily(time), de.Value);
        return null;
    }

    private static DayOfWeek ZhDay(char c) => c switch
    {
        '一' => DayOfWeek.Monday,
        '二' => DayOfWeek.Tuesday,
        '三' => DayOfWeek.Wednesday,
        '四' => DayOfWeek.Thursday,
        '五' => DayOfWeek.Friday,
        '六' => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };
}
