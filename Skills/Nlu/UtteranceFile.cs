using System.Text.Json;

namespace SalesCoach.Skills.Nlu;

/// <summary>Reads an utterances JSONL file; a bad line fails with its line number.</summary>
public static class UtteranceFile
{
    public static IReadOnlyList<LabelledUtterance> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"file not found: {path}", path);
        var list = new List<LabelledUtterance>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var entities = new Dictionary<string, string>();
                if (root.TryGetProperty("entities", out var e) && e.ValueKind == JsonValueKind.Object)
                    foreach (var p in e.EnumerateObject()) entities[p.Name] = p.Value.ToString();
                list.Add(new LabelledUtterance(
                    root.TryGetProperty("id", out var id) ? id.ToString() : $"line-{lineNumber}",
                    root.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "" : "",
                    root.GetProperty("text").GetString() ?? throw new FormatException("\"text\" is null"),
                    root.TryGetProperty("intent", out var intent) ? intent.GetString() ?? "" : "",
                    entities));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: not an utterance JSON line ({ex.Message.Split('\n')[0]})", ex);
            }
        }
        return list;
    }
}
