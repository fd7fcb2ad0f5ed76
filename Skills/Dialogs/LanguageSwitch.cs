using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// A language switch said together with a request ("用中文说吧，上个月的呢？", "English please, and 华北呢?"):
/// the switch clause and what remains. A message that is only a switch is left to the core commands.
/// </summary>
public static partial class LanguageSwitch
{
    // A short clause that asks for a language: "说中文吧", "用中文再说", "in English pls", "can u say that in English".
    [GeneratedRegex(@"^(?:(?:请|麻烦)?(?:你)?(?:用|说|讲|换成|切换到|切换成|切回|改用|回复用)?(?<zh>中文)|(?:请|麻烦)?(?:你)?(?:用|说|讲|换成|切换到|切换成|切回|改用)?(?<en>英文|英语))(?:说|讲|回复|回答|吧|呗|好了|可以吗|行吗|再说一遍|再讲一遍|谢谢)*$")]
    private static partial Regex ChineseClause();

    [GeneratedRegex(@"^(?:(?:ok|okay|pls|please|can (?:you|u)|could (?:you|u)|now|and)\s+)*(?:(?:switch|change|go)\s+(?:back\s+)?to\s+|(?:reply|answer|say (?:that|it|this)|talk|speak|respond|write)\s+(?:(?:to me|again)\s+)?in\s+|in\s+|speak\s+)?(?:(?<en>english)|(?<zh>chinese|mandarin))(?:\s+(?:please|pls|plz|now|again|from now on))*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishClause();

    [GeneratedRegex(@"^\s*(?:and|also|then|so|还有|然后|那|另外)\b[\s,，]*", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    // What may lead a switch said last ("wrong region, I meant 华北. 另外请用中文回复", "…, and reply in English"):
    // Chinese joiners have no word boundary before the next character, so they are listed apart from the English ones.
    [GeneratedRegex(@"^(?:另外|还有|然后|顺便|(?:and|also|then|so|btw|by the way)\b)[\s,，]*", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseLead();

    /// <summary>The locale asked for and the request said with it; null when the message is not "switch + request".</summary>
    public static (string Locale, string Remainder)? Split(string text)
    {
        // Clauses end at punctuation, at a dash between spaces ("English please - and South China?") or before "and".
        var clauses = Regex.Split(text.Trim(), @"(?<=[，,。.!！?？;；])\s*|\s+[-–—]+\s*|\s*[–—]+\s+|\s+(?=and\s)");
        if (clauses.Length < 2) return null;
        // The switch comes first ("English please, and …") or last ("上个月的呢？用中文说").
        foreach (var (index, rest) in new[] { (0, clauses[1..]), (clauses.Length - 1, clauses[..^1]) })
        {
            var clause = clauses[index].Trim().TrimEnd('，', ',', '。', '.', '!', '！', '?', '？', ';', '；', '-', '–', '—', ':', '：').Trim();
            clause = ClauseLead().Replace(clause, string.Empty);
            var match = ChineseClause().Match(clause);
            if (!match.Success) match = EnglishClause().Match(clause);
            if (!match.Success) continue;
            var remainder = Joiner().Replace(string.Concat(rest).Trim(), string.Empty).Trim();
            if (remainder.Trim('，', ',', '。', '.', '!', '！', '?', '？').Length == 0) return null;
            return (match.Groups["zh"].Success ? "zh-CN" : "en-US", remainder);
        }
        return null;
    }
}
