using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// A clock time inside a sentence ("下午3点", "8点半", "十点一刻", "2pm", "8:30 am"): what a recurring reminder or
/// the digest needs, where the recogniser gives a date-time anchored to one day or nothing at all.
/// </summary>
public static partial class TimeOfDayParser
{
    [GeneratedRegex(@"(?<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?(?<h>\d{1,2}|[零一二两三四五六七八九十]{1,3})(?:点|時|时|:|：)(?<m>半|一刻|三刻|\d{1,2}|[零一二三四五六七八九十]{1,3})?分?")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\b(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ap>am|pm|a\.m\.|p\.m\.)|\b(?<h>\d{1,2}):(?<m>\d{2})\b|\bat (?<h>\d{1,2})\b(?!\s*(?:st|nd|rd|th))", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    public static (TimeOnly Time, string Text)? Find(string text)
    {
        // "8:30pm" is English even though "8:30" alone would read as Chinese digits with a colon.
        var en = English().Match(text);
        if (en.Success && en.Groups["ap"].Success) return FromEnglish(en);
        if (Chinese().Match(text) is { Success: true } zh && Hour(zh.Groups["h"].Value) is { } h)
        {
            var minutes = zh.Groups["m"].Value switch
            {
                "" => 0,
                "半" => 30,
                "一刻" => 15,
                "三刻" => 45,
                var m => (int)Number(m),
            };
            h = zh.Groups["part"].Value switch
            {
                "下午" or "傍晚" or "晚上" when h < 12 => h + 12,
                "中午" when h < 11 => h + 12,
                _ => h,
            };
            return Make(h, minutes, zh.Value);
        }
        return en.Success ? FromEnglish(en) : null;
    }

    private static (TimeOnly, string)? FromEnglish(Match en)
    {
        var hour = int.Parse(en.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = en.Groups["m"].Success ? int.Parse(en.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ap = en.Groups["ap"].Value.Replace(".", "").ToLowerInvariant();
        if (ap == "pm" && hour < 12) hour += 12;
        if (ap == "am" && hour == 12) hour = 0;
        return Make(hour, minutes, en.Value);
    }

    private static (TimeOnly, string)? Make(int hour, int minutes, string text) =>
        hour is >= 0 and <= 23 && minutes is >= 0 and <= 59 ? (new TimeOnly(hour, minutes), text) : null;

    private static int? Hour(string text) => text.Length == 0 ? null : (int)Number(text);

    private static decimal Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : ChineseNumber.Parse(text);
}
