using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// What every structured reader (Markdown, HTML, Word, PDF) does to its blocks: drops page furniture with the
/// same rules as plain text, recovers an outline from the text when the file had no heading markup, and
/// takes a lone top heading as the title rather than as a section every citation would repeat.
/// </summary>
public static class BlockCleanup
{
    public static ParsedDocument Apply(string? title, IReadOnlyList<DocumentBlock> blocks, string fallbackTitle)
    {
        var texts = blocks.Select(b => b.Text).ToList();
        var end = BoilerplateFilter.ArticleEnd(texts);
        var kept = blocks.Take(end).Where(b => b.Text.Trim().Length > 0 && !BoilerplateFilter.IsBoilerplateLine(b.Text)).ToList();
        if (!kept.Any(b => b.Kind == BlockKind.Heading))
        {
            var structured = PlainTextStructure.Detect(kept.Select(b => b.Text).ToList(), title ?? fallbackTitle);
            return title is null ? structured : structured with { Title = title };
        }
        var top = kept.Where(b => b.Kind == BlockKind.Heading).Min(b => b.Level);
        var tops = kept.Where(b => b.Kind == BlockKind.Heading && b.Level == top).ToList();
        if (tops.Count == 1 && kept[0] == tops[0] && kept.Any(b => b.Kind == BlockKind.Heading && b.Level > top))
        {
            // The article's own heading names it better than a page <title> with the site's name appended.
            title = tops[0].Text;
            kept.RemoveAt(0);
        }
        return new ParsedDocument(title ?? fallbackTitle, Normalise(kept));
    }

    // Levels as found may skip (h2 straight under the title); the chunker only needs their order.
    private static List<DocumentBlock> Normalise(List<DocumentBlock> blocks)
    {
        var levels = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Level).Distinct().Order().ToList();
        return blocks.Select(b => b.Kind == BlockKind.Heading ? b with { Level = levels.IndexOf(b.Level) + 1 } : b).ToList();
    }
}
