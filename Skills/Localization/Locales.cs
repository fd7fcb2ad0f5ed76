namespace SalesCoach.Skills.Localization;

/// <summary>The two languages the bot speaks and how a turn's language is chosen.</summary>
public static class Locales
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    /// <summary>Maps any locale tag onto one of ours; unknown tags fall back to Chinese, the product's first language.</summary>
    public static string Normalize(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>
    /// The language of a reply: an explicit choice the user made wins; otherwise a message written in
    /// Chinese gets Chinese even from an English browser (people type in the language they want back);
    /// otherwise the channel's locale; otherwise the script of the text.
    /// </summary>
    public static string Resolve(string? preferred, string? channelLocale, string? text)
    {
        if (!string.IsNullOrWhiteSpace(preferred)) return Normalize(preferred);
        if (!string.IsNullOrEmpty(text) && text.Any(IsCjk)) return Chinese;
        if (!string.IsNullOrWhiteSpace(channelLocale)) return Normalize(channelLocale);
        if (!string.IsNullOrEmpty(text) && text.Any(char.IsAsciiLetter)) return English;
        return Chinese;
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
