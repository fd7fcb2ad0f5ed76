using System.Text;
using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// .pdf: text lines rebuilt from the words' positions, paragraphs from the vertical gaps between lines, headings
/// from a larger font than the body's (levels by size); running headers, footers and page numbers (the same line
/// on most pages) are dropped. Without font cues the plain-text outline rules apply.
/// </summary>
public sealed partial class PdfReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public ParsedDocument Read(Stream stream, string fallbackTitle)
    {
        using var document = PdfDocument.Open(stream);
        var lines = new List<PdfLine>();
        foreach (var page in document.GetPages())
            lines.AddRange(PageLines(page));
        var pageCount = document.NumberOfPages;
        var running = RunningLines(lines, pageCount);
        lines = lines.Where(l => !(l.InMargin && (running.Contains(Key(l.Text)) || PageNumber().IsMatch(l.Text)))).ToList();
        if (lines.Count == 0) return new ParsedDocument(fallbackTitle, []);

        var bodySize = lines.GroupBy(l => Math.Round(l.FontSize)).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        var headingSizes = lines.Select(l => Math.Round(l.FontSize)).Where(s => s > bodySize * 1.15).Distinct().OrderDescending().ToList();
        var blocks = new List<DocumentBlock>();
        var paragraph = new StringBuilder();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var size = Math.Round(line.FontSize);
            var isHeading = headingSizes.Contains(size);
            var newParagraph = previous is null || isHeading || headingSizes.Contains(Math.Round(previous.FontSize))
                || line.Page != previous.Page && EndsSentence(previous.Text)
                || line.Page == previous.Page && previous.Bottom - line.Bottom > previous.FontSize * 1.9;
            if (newParagraph) FlushParagraph(paragraph, blocks);
            if (isHeading) blocks.Add(DocumentBlock.Heading(headingSizes.IndexOf(size) + 1, line.Text));
            else Append(paragraph, line.Text);
            previous = line;
        }
        FlushParagraph(paragraph, blocks);
        var title = document.Information.Title is { Length: > 0 } t ? t : null;
        return BlockCleanup.Apply(title, blocks, fallbackTitle);
    }

    private static IEnumerable<PdfLine> PageLines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        // Words on one baseline (within a third of their height) form a line, read left to right.
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(1, row[0].BoundingBox.Height / 3))
                row.Add(word);
            else
                rows.Add([word]);
        }
        foreach (var row in rows)
        {
            var text = new StringBuilder();
            foreach (var word in row.OrderBy(w => w.BoundingBox.Left)) Append(text, word.Text);
            var size = row.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Average();
            var bottom = row[0].BoundingBox.Bottom;
            // Running headers and footers live in the page's margins; a repeated line in the body is content.
            var inMargin = bottom <= page.Height * 0.12 || bottom >= page.Height * 0.88;
            yield return new PdfLine(page.Number, bottom, size, text.ToString(), inMargin);
        }
    }

    // Chinese has no spaces between words; Latin words need one.
    private static void Append(StringBuilder text, string piece)
    {
        if (text.Length > 0 && !(Script.IsCjk(text[^1]) && piece.Length > 0 && Script.IsCjk(piece[0]))) text.Append(' ');
        text.Append(piece.Trim());
    }

    private static void FlushParagraph(StringBuilder paragraph, List<DocumentBlock> blocks)
    {
        if (paragraph.Length > 0) blocks.Add(DocumentBlock.Paragraph(paragraph.ToString()));
        paragraph.Clear();
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '。' or '.' or '!' or '?' or '？' or '！';

    private static HashSet<string> RunningLines(List<PdfLine> lines, int pageCount)
    {
        if (pageCount < 3) return [];
        return lines.Where(l => l.InMargin).GroupBy(l => Key(l.Text))
            .Where(g => g.Select(l => l.Page).Distinct().Count() >= Math.Max(3, pageCount / 2))
            .Select(g => g.Key)
            .ToHashSet();
    }

    // Page numbers inside running lines differ per page ("Page 3 of 10"); compare without digits.
    private static string Key(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"^\s*(-\s*)?\d+(\s*-)?\s*$|^\s*(page|第)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    private sealed record PdfLine(int Page, double Bottom, double FontSize, string Text, bool InMargin);
}
