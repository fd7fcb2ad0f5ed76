using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// .html: the article (article, else main, else body) with h1-h6 as headings; navigation, footers, sidebars,
/// share and comment widgets and link lists (related articles) are page furniture, not knowledge.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "iframe", "svg", "template", "header", "select",
    };

    private static readonly HashSet<string> BodyElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "blockquote", "pre", "dt", "dd", "figcaption", "td", "th", "caption",
    };

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ParsedDocument Read(Stream stream, string fallbackTitle)
    {
        var document = new HtmlParser().ParseDocument(stream);
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var blocks = new List<DocumentBlock>();
        if (root is not null) Visit(root, blocks, isRoot: true);
        var title = document.Title is { Length: > 0 } t ? t.Trim() : null;
        return BlockCleanup.Apply(title, blocks, fallbackTitle);
    }

    private static void Visit(IElement element, List<DocumentBlock> blocks, bool isRoot = false)
    {
        // The page's own header is furniture; a header inside the article holds its title.
        if (!isRoot && (Noise.Contains(element.LocalName) && !(element.LocalName == "header" && element.Closest("article") is not null)
            || IsWidget(element) || IsLinkList(element)))
            return;
        if (element.LocalName is ['h', >= '1' and <= '6'] && element.LocalName.Length == 2)
        {
            blocks.Add(DocumentBlock.Heading(element.LocalName[1] - '0', Collapse(element.TextContent)));
            return;
        }
        if (BodyElements.Contains(element.LocalName) && !element.Children.Any(c => BodyElements.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "table"))
        {
            blocks.Add(DocumentBlock.Paragraph(Collapse(element.TextContent)));
            return;
        }
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e) Visit(e, blocks);
            else if (child.NodeType == NodeType.Text && Collapse(child.TextContent) is { Length: > 0 } loose) blocks.Add(DocumentBlock.Paragraph(loose));
        }
    }

    private static bool IsWidget(IElement element)
    {
        var marker = $"{element.Id} {element.ClassName}";
        return marker.Length > 1 && WidgetMarker().IsMatch(marker);
    }

    // A list whose items are all links (three or more) is navigation or a related-articles list.
    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol")) return false;
        var items = element.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count < 3) return false;
        var linked = items.Count(li => li.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length) >= li.TextContent.Trim().Length * 0.8);
        return linked >= items.Count * 0.8;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\b(share|social|related|recommend|comment|footer|nav|navbar|sidebar|breadcrumb|reward|dashang|copyright|advert|ads|toolbar|pager|pagination|author-info|tags)\b|(^|[\s_-])(share|related|recommend|comment)", RegexOptions.IgnoreCase)]
    private static partial Regex WidgetMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
