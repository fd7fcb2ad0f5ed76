using System.Reflection;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Playbook;

/// <summary>The playbook files embedded in this assembly (Knowledge/Playbook/*.md): always part of the knowledge base.</summary>
public static class PlaybookResources
{
    private const string Prefix = "SalesCoach.Knowledge.Playbook.";

    private static readonly Lazy<IReadOnlyList<Passage>> Loaded = new(Load);

    public static IReadOnlyList<Passage> Passages => Loaded.Value;

    private static IReadOnlyList<Passage> Load()
    {
        var assembly = typeof(PlaybookResources).Assembly;
        var passages = new List<Passage>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = name[Prefix.Length..];
            passages.AddRange(PlaybookParser.Parse(reader.ReadToEnd(), file, LanguageOf(file)));
        }
        return passages;
    }

    // playbook.zh-CN.md -> zh, playbook.en-US.md -> en.
    internal static string LanguageOf(string fileName) =>
        fileName.Contains(".en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";
}
