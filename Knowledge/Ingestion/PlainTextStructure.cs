using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// Recovers the outline of text without markup (a .txt, a PDF, a Word file without heading styles):
/// "一、…", "1、…", "1. …" and short sub-heading lines (short, no end punctuation, followed by body text)
/// are headings. Levels follow the order in which numbering styles nest, as a reader would infer them:
/// a style seen again closes everything below it.
/// </summary>
public static partial class PlainTextStructure
{
    private const int MaxNumberedHeading = 48;
    private const int MaxPlainHeadingCjk = 24;
    private const int MaxPlainHeadingLatin = 70;

    /// <summary>Builds the document from non-empty lines (one paragraph or heading per line), boilerplate already removed.</summary>
    public static ParsedDocument Detect(IReadOnlyList<string> lines, string fallbackTitle)
    {
        var items = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = fallbackTitle;
        if (items.Count > 1 && Classify(items, 0) is HeadingStyle.Plain or null && IsTitleLike(items[0]))
        {
            title = items[0];
            // Captured pages often repeat the title (page title, breadcrumb, article heading).
            items = items.SkipWhile(l => l == title).ToList();
        }

        var blocks = new List<DocumentBlock>(items.Count);
        var stack = new List<HeadingStyle>();
        for (var i = 0; i < items.Count; i++)
        {
            var style = Classify(items, i);
            if (style is null)
            {
                blocks.Add(DocumentBlock.Paragraph(items[i]));
                continue;
            }
            var level = LevelOf(style.Value, stack);
            blocks.Add(DocumentBlock.Heading(level, CleanHeading(items[i])));
        }
        return new ParsedDocument(title, blocks);
    }

    /// <summary>The heading style of line <paramref name="i"/>, or null for body text.</summary>
    internal static HeadingStyle? Classify(IReadOnlyList<string> items, int i)
    {
        var line = Script.ToHalfWidth(items[i]);
        var next = i + 1 < items.Count ? Script.ToHalfWidth(items[i + 1]) : null;
        if (next is null) return null;
        if (NumberedStyle(line) is { } numbered)
            return line.Length <= MaxNumberedHeading && !EndsSentence(line, allowQuestion: numbered == HeadingStyle.ArabicDot) && !line.Contains('。')
                ? numbered : null;
        if (!IsShort(line) || line.Contains('。') || line.Contains(". ", StringComparison.Ordinal)) return null;
        if (line.EndsWith(':'))
            return NumberedStyle(next) is not null ? HeadingStyle.Container : null;
        if (EndsSentence(line, allowQuestion: false) || line.EndsWith(',') || line.EndsWith('、')) return null;
        // A sub-heading introduces body text: the next line is a longer paragraph, not another short line.
        return NumberedStyle(next) is null && next.Length > line.Length && (next.Length >= 30 || EndsSentence(next, allowQuestion: true))
            ? HeadingStyle.Plain : null;
    }

    private static int LevelOf(HeadingStyle style, List<HeadingStyle> stack)
    {
        if (style == HeadingStyle.Container)
        {
            // A list heading after the body ("相关问答FAQs:") opens a new top-level part with its numbered entries below it.
            stack.Clear();
            stack.Add(style);
            return 1;
        }
        var at = stack.IndexOf(style);
        if (at >= 0) stack.RemoveRange(at, stack.Count - at);
        stack.Add(style);
        return stack.Count;
    }

    private static HeadingStyle? NumberedStyle(string line)
    {
        if (ChineseNumeral().IsMatch(line)) return HeadingStyle.ChineseNumeral;
        if (Parenthesised().IsMatch(line)) return HeadingStyle.Parenthesised;
        if (ArabicComma().IsMatch(line)) return HeadingStyle.ArabicComma;
        if (ArabicDot().IsMatch(line)) return HeadingStyle.ArabicDot;
        return null;
    }

    private static bool IsShort(string line)
    {
        var cjk = line.Count(Script.IsCjk);
        return cjk > 0 ? line.Length <= MaxPlainHeadingCjk + (line.Length - cjk) / 3 : line.Length <= MaxPlainHeadingLatin;
    }

    private static bool IsTitleLike(string line) => IsShort(Script.ToHalfWidth(line)) && !EndsSentence(Script.ToHalfWidth(line), allowQuestion: true);

    private static bool EndsSentence(string line, bool allowQuestion)
    {
        var last = line.TrimEnd()[^1];
        return last is '。' or '.' or '!' or ';' or '…' || (!allowQuestion && last == '?');
    }

    private static string CleanHeading(string line) => line.Trim().TrimEnd(':', '：').TrimEnd();

    [GeneratedRegex(@"^[一二三四五六七八九十百]+[、.]\s*\S")]
    private static partial Regex ChineseNumeral();

    [GeneratedRegex(@"^\(([一二三四五六七八九十]+|\d{1,2})\)\s*\S")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^\d{1,2}、\s*\S")]
    private static partial Regex ArabicComma();

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})*\.?\s+\S|^\d{1,2}\.\S")]
    private static partial Regex ArabicDot();
}
