using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// .docx: paragraphs in order (tables included); a paragraph styled "heading N" (any UI language: the style's
/// built-in name, or an outline level) is a heading of level N, "Title" is the title.
/// </summary>
public sealed partial class DocxReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ParsedDocument Read(Stream stream, string fallbackTitle)
    {
        // OpenXml needs a seekable stream.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null) return new ParsedDocument(fallbackTitle, []);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s, StringComparer.OrdinalIgnoreCase) ?? [];

        string? title = null;
        var blocks = new List<DocumentBlock>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = string.Concat(paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)).Trim();
            if (text.Length == 0) continue;
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var style = styleId is not null && styles.TryGetValue(styleId, out var s) ? s : null;
            var name = style?.StyleName?.Val?.Value ?? styleId ?? "";
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) && title is null)
            {
                title = text;
                continue;
            }
            var level = HeadingLevel(name, paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value ?? style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
            blocks.Add(level is { } l ? DocumentBlock.Heading(l, text) : DocumentBlock.Paragraph(text));
        }
        return BlockCleanup.Apply(title, blocks, fallbackTitle);
    }

    private static int? HeadingLevel(string styleName, int? outlineLevel)
    {
        var match = HeadingName().Match(styleName);
        if (match.Success) return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // Outline level 9 means body text.
        return outlineLevel is >= 0 and < 9 ? outlineLevel + 1 : null;
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*(\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
