using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>.md: headings by their level, paragraphs and list items as body text, HTML and code left out.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public ParsedDocument Read(Stream stream, string fallbackTitle)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var document = Markdown.Parse(reader.ReadToEnd(), Pipeline);
        var blocks = new List<DocumentBlock>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(DocumentBlock.Heading(heading.Level, InlineText(heading.Inline)));
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(DocumentBlock.Paragraph(InlineText(paragraph.Inline)));
                    break;
            }
        }
        return BlockCleanup.Apply(null, blocks, fallbackTitle);
    }

    internal static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        foreach (var item in inline.Descendants<Inline>())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString().Trim();
    }
}
