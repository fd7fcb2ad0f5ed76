using System.Text;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>.txt: one paragraph per line; the outline comes from the numbering and short heading lines.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public ParsedDocument Read(Stream stream, string fallbackTitle)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return PlainTextStructure.Detect(BoilerplateFilter.Clean(lines), fallbackTitle);
    }
}
