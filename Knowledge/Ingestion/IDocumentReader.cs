using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>Reads one file format into headings and paragraphs; boilerplate removal and chunking happen after.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions handled, lower case with the dot (".md").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    ParsedDocument Read(Stream stream, string fallbackTitle);
}
