using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// "两小时后", "半小时以后", "3天之后": a span counted from now, resolved here rather than by the date recogniser.
/// The arithmetic is trivial and must not depend on it: in the full test run the recogniser now and then
/// returned no reading for "两小时后" (while reading it alone every time), and a reminder cannot be lost to that.
/// </summary>
public static partial class RelativeInstant
{
    [GeneratedRegex(@"^(?:(?<n>[0-9一二两三四五六七八九十]+)个?(?<half>半)?|(?<n>半))(?:个)?(?<unit>小时|钟头|分钟|天|周|星期|个月)(?:后|以后|之后)$")]
    private static partial Regex Chinese();

    public static DateTimeOffset? Resolve(string span, NluContext context)
    {
        var m = Chinese().Match(span.Trim());
        if (!m.Success) return null;
        var count = m.Groups["n"].Value == "半" ? 0.5m : ChineseNumber.Parse(m.Groups["n"].Value) + (m.Groups["half"].Success ? 0.5m : 0m);
        if (count <= 0) return null;
        var now = TimeZoneInfo.ConvertTime(context.Now, context.TimeZone);
        var amount = (double)count;
        return m.Groups["unit"].Value switch
        {
            "分钟" => now.AddMinutes(amount),
            "小时" or "钟头" => now.AddHours(amount),
            "天" => now.AddDays(amount),
            "周" or "星期" => now.AddDays(7 * amount),
            // Whole months on the calendar; a half month is taken as 15 days.
            _ => count == decimal.Truncate(count) ? now.AddMonths((int)count) : now.AddMonths((int)count).AddDays(15),
        };
    }
}
