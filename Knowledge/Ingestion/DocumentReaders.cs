namespace SalesCoach.Knowledge.Ingestion;

/// <summary>The readers by file extension.</summary>
public static class DocumentReaders
{
    private static readonly IDocumentReader[] All = [new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new DocxReader(), new PdfReader()];

    public static IReadOnlyList<string> SupportedExtensions { get; } = All.SelectMany(r => r.Extensions).ToList();

    public static IDocumentReader? For(string path) =>
        All.FirstOrDefault(r => r.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()));
}
