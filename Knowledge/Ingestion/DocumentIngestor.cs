using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>Reads a file with the reader for its format and cuts it into passages named after the file.</summary>
public static class DocumentIngestor
{
    public static KnowledgeSource Read(string path, TimeProvider? time = null)
    {
        var reader = DocumentReaders.For(path)
            ?? throw new NotSupportedException($"{Path.GetFileName(path)}: unsupported format (supported: {string.Join(", ", DocumentReaders.SupportedExtensions)})");
        var name = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        var document = reader.Read(stream, Path.GetFileNameWithoutExtension(path));
        var passages = Chunker.Chunk(document, name);
        return new KnowledgeSource(name, document.Title, (time ?? TimeProvider.System).GetUtcNow(), passages);
    }
}
