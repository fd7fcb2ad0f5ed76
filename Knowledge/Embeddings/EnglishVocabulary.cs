using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// The English words the static table is distilled for, beyond the views' own: the English passages (playbook,
/// English documents), our glossary's English terms, and the words of CC-CEDICT's short English senses that two senses
/// or more use (about 14k: the everyday English an asker may use, "bonus", "sketch", "department"). Inflected forms
/// the dictionary lacks are found by stem (<see cref="StaticWordTable.Find"/>).
/// </summary>
internal static class EnglishVocabulary
{
    private static readonly Lazy<string[]> Resources = new(() => [.. FirstColumn("glossary.en-zh.tsv", 1).Concat(FirstColumn("cedict.en-zh.tsv", MinSenses)).Distinct(StringComparer.Ordinal)]);

    // A CC-CEDICT word used in two senses or more (14k words, not the 32k of its rarer terms): on the tuning sets the
    // same figures at half the table and half the time to distil it.
    private const int MinSenses = 2;

    /// <summary>The English passages' words (these change with what is ingested).</summary>
    public static IEnumerable<string> Of(IReadOnlyList<Passage> passages) =>
        passages.Where(p => p.Language == "en").SelectMany(p => StaticSentenceEncoder.Words(string.Join(' ', p.Section) + " " + p.Text));

    /// <summary>The glossary's and CC-CEDICT's English words (fixed by the build: distilled once, when a table is new).</summary>
    public static IReadOnlyList<string> Shipped => Resources.Value;

    private static IEnumerable<string> FirstColumn(string resource, int minLines)
    {
        using var stream = typeof(EnglishVocabulary).Assembly.GetManifestResourceStream("SalesCoach.Knowledge.Resources." + resource);
        if (stream is null) return [];
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            words.AddRange(StaticSentenceEncoder.Words(tab < 0 ? line : line[..tab]).Distinct(StringComparer.Ordinal));
        }
        return words.CountBy(w => w, StringComparer.Ordinal).Where(c => c.Value >= minLines).Select(c => c.Key);
    }
}
