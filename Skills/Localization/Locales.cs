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
        if (!string.IsNullOrEmpty(text) && MainLanguage(text) == Chinese) return Chinese;
        if (!string.IsNullOrWhiteSpace(channelLocale)) return Normalize(channelLocale);
        if (!string.IsNullOrEmpty(text) && text.Any(char.IsAsciiLetter)) return English;
        return Chinese;
    }

    /// <summary>
    /// The language most of a mixed message is written in: "帮我看下这个月的revenue" is Chinese, "what training
    /// does 孙勇 need?" English (a name in Chinese script does not make the sentence Chinese). Han characters
    /// count as words at about 1.7 characters a word, the average length of a Chinese word.
    /// </summary>
    public static string? MainLanguage(string text)
    {
        var han = text.Count(IsCjk);
        var latinWords = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsAsciiLetter(c);
            if (letter && !inWord) latinWords++;
            inWord = letter;
        }
        if (han == 0 && latinWords == 0) return null;
        return han / 1.7 >= latinWords ? Chinese : English;
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
