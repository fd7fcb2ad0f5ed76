using System.Text.Json;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Storage;

/// <summary>
/// Ingested sources on disk, one JSON file per source named after it (data directory/knowledge/sources), so a
/// source ingested again replaces its file instead of adding a second copy. Writes go to a temporary file
/// first and are renamed into place, so a reader never sees half a source.
/// </summary>
public sealed class KnowledgeStore(string directory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = false };

    public string Directory { get; } = Path.GetFullPath(Path.Combine(directory, "sources"));

    public void Save(KnowledgeSource source)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(source.Name);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(source, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public IReadOnlyList<KnowledgeSource> LoadAll()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        return System.IO.Directory.EnumerateFiles(Directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<KnowledgeSource>(File.ReadAllText(f), Json))
            .OfType<KnowledgeSource>()
            .ToList();
    }

    /// <summary>
    /// A cheap fingerprint of what is stored, so a long-running bot notices a `kb ingest` from another process:
    /// every save renames a file into the folder, which moves the folder's own write time.
    /// </summary>
    public string Stamp() =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetLastWriteTimeUtc(Directory).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    private string PathOf(string name)
    {
        var safe = string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' ? '_' : c));
        return Path.Combine(Directory, safe + ".json");
    }
}
