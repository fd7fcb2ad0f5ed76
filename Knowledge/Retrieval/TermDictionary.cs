using System.Reflection;
using System.Text.RegularExpressions;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// The project's domain dictionaries (Knowledge/Resources/*.tsv, "key&lt;TAB&gt;term|term"): the en→zh glossary of
/// sales-management terms that translates English questions for the Chinese guide, and the zh synonyms that map
/// everyday wording ("业绩", "竞品") onto the words such guides use ("绩效", "竞争对手").
/// </summary>
public sealed partial class TermDictionary
{
    private readonly List<(string[] Key, string[] Terms)> _english = [];
    private readonly List<(string Key, string[] Terms)> _chinese = [];

    public static TermDictionary Glossary { get; } = Load("glossary.en-zh.tsv", english: true);

    public static TermDictionary Synonyms { get; } = Load("synonyms.zh.tsv", english: false);

    public int Count => _english.Count + _chinese.Count;

    /// <summary>Every entry whose key occurs in the text, longest keys first, each with its terms.</summary>
    /// <param name="skipWord">Single words that never match on their own (question words: "out", "way").</param>
    public IReadOnlyList<(string Key, string[] Terms)> Find(string text, Func<string, bool>? skipWord = null)
    {
        var found = new List<(string, string[])>();
        if (_english.Count > 0)
        {
            var raw = WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
            var words = raw.Select(Stem).ToArray();
            var used = new bool[words.Length];
            foreach (var (key, terms) in _english)
            {
                for (var i = 0; i + key.Length <= words.Length; i++)
                {
                    if (used.AsSpan(i, key.Length).Contains(true) || !key.AsSpan().SequenceEqual(words.AsSpan(i, key.Length))) continue;
                    if (key.Length == 1 && skipWord?.Invoke(raw[i]) == true) continue;
                    found.Add((string.Join(' ', key), terms));
                    used.AsSpan(i, key.Length).Fill(true);
                }
            }
        }
        if (_chinese.Count > 0)
        {
            var normalised = Text.Script.ToHalfWidth(text).ToLowerInvariant();
            var used = new bool[normalised.Length];
            foreach (var (key, terms) in _chinese)
            {
                for (var at = normalised.IndexOf(key, StringComparison.Ordinal); at >= 0; at = normalised.IndexOf(key, at + 1, StringComparison.Ordinal))
                {
                    if (used.AsSpan(at, key.Length).Contains(true)) continue;
                    found.Add((key, terms));
                    used.AsSpan(at, key.Length).Fill(true);
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Lower-case word stems: a light English stemmer is enough to match "motivating" with "motivate".</summary>
    internal static string[] Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => Stem(m.Value)).ToArray();

    internal static string Stem(string word)
    {
        if (word.Length <= 3) return word;
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        // Every path ends in TrimE, so "price" and "prices" meet at "pric"; a stem keeps four letters ("outing" stays whole).
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 6) return TrimE(word[..^3]);
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 5) return TrimE(word[..^2]);
        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && word[^3] is 's' or 'x' or 'h') return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 4) return TrimE(word[..^1]);
        return TrimE(word);
    }

    // "motivate" and "motivating" both become "motivat".
    private static string TrimE(string word) => word.Length > 3 && word.EndsWith('e') ? word[..^1] : word;

    private static TermDictionary Load(string resource, bool english)
    {
        var dictionary = new TermDictionary();
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("SalesCoach.Knowledge.Resources." + resource)
            ?? throw new InvalidOperationException($"Missing resource {resource}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t', 2);
            if (parts.Length != 2) throw new FormatException($"{resource}: '{line}' is not KEY<TAB>TERM|TERM");
            var terms = parts[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var key in parts[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (english) dictionary._english.Add((Words(key), terms));
                else dictionary._chinese.Add((Text.Script.ToHalfWidth(key).ToLowerInvariant(), terms));
            }
        }
        // Longest keys first, so "customer data" wins over "customer".
        dictionary._english.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        dictionary._chinese.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        return dictionary;
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordPattern();
}
