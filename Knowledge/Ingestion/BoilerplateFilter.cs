using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// Removes what a captured web page carries besides the article: share and tip buttons, avatars, counters,
/// "上一篇/下一篇" links, the footer with the reprint notice, and the related-article list after the article.
/// Generic rules, not a list of one site's lines: short lines made of UI words, lines without words, teaser
/// snippets cut off with an ellipsis, and everything after an end-of-article marker in the document's second half.
/// </summary>
public static partial class BoilerplateFilter
{
    // Words that appear on buttons, bars and widgets rather than in prose.
    private static readonly string[] UiWords =
    [
        "打赏", "点赞", "收藏", "分享", "扫一扫", "微信", "支付宝", "评论", "发表回复", "回复", "登录", "注册", "在线客服",
        "返回顶部", "分享本页", "站长", "电话联系", "关注", "举报", "头像", "阅读量", "浏览", "转发", "复制链接", "二维码",
        "share", "tweet", "like", "comment", "comments", "log in", "login", "sign in", "sign up", "subscribe",
        "back to top", "print", "email", "follow", "copy link", "reply",
    ];

    public static IReadOnlyList<string> Clean(IReadOnlyList<string> lines)
    {
        var end = ArticleEnd(lines);
        var kept = new List<string>(end);
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (IsBoilerplateLine(line)) continue;
            // A teaser is a snippet of another article, cut off mid-sentence.
            if (IsTeaser(line)) continue;
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>True for a line that is page furniture wherever it stands.</summary>
    public static bool IsBoilerplateLine(string line)
    {
        var text = Script.ToHalfWidth(line).Trim();
        if (text.Length == 0) return true;
        if (IsEndMarker(text)) return true;
        if (!HasWords(text)) return true;
        return text.Length <= 40 && IsMostlyUiWords(text);
    }

    /// <summary>Where the article stops: the first end marker in the second half of the document (a marker near the top is navigation, dropped alone).</summary>
    public static int ArticleEnd(IReadOnlyList<string> lines)
    {
        var totalChars = lines.Sum(l => l.Length);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (seen * 2 >= totalChars && IsEndMarker(Script.ToHalfWidth(lines[i]).Trim())) return i;
            seen += lines[i].Length;
        }
        return lines.Count;
    }

    private static bool IsEndMarker(string text) =>
        (text.Length <= 80 && NavigationLink().IsMatch(text)) || RelatedHeading().IsMatch(text) || (ReprintNotice().IsMatch(text) && text.Length <= 200);

    private static bool IsTeaser(string line)
    {
        var text = line.TrimEnd();
        return text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);
    }

    // A line with fewer than two letters (CJK or Latin) once dates, times and numbers are gone: "(0)", "00", "2024年8月22日", "400-800-1024".
    private static bool HasWords(string text)
    {
        var stripped = DateOrTime().Replace(text, "");
        var letters = stripped.Count(c => Script.IsCjk(c) || char.IsLetter(c));
        return letters >= 2;
    }

    private static bool IsMostlyUiWords(string text)
    {
        var lower = text.ToLowerInvariant();
        var uiChars = 0;
        foreach (var word in UiWords)
        {
            for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                uiChars += word.Length;
        }
        if (uiChars == 0) return false;
        // Short lines such as "打赏 微信扫一扫 支付宝扫一扫" are made of UI words; a sentence that mentions 微信 is not.
        var letters = lower.Count(c => Script.IsCjk(c) || char.IsLetter(c));
        return uiChars * 2 >= letters;
    }

    [GeneratedRegex(@"^(上一篇|下一篇|上一页|下一页|(previous|next) (post|article|page)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLink();

    [GeneratedRegex(@"^(相关推荐|相关文章|相关阅读|推荐阅读|猜你喜欢|热门文章|热门推荐|延伸阅读|related (posts|articles|reading)|you may also like|recommended( for you)?)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"(转载请注明|转载请保留|版权所有|版权声明|原文链接|本文链接|copyright|all rights reserved|©)", RegexOptions.IgnoreCase)]
    private static partial Regex ReprintNotice();

    [GeneratedRegex(@"\d+\s*(年|月|日|时|分|秒|号)|\d+|[:：\-/.()（）\s]")]
    private static partial Regex DateOrTime();
}
