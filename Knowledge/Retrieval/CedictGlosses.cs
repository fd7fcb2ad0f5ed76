using System.Reflection;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// Chinese words → their first short English sense in CC-CEDICT (© MDBG, CC BY-SA 4.0), derived at build with the
/// English → Chinese list (Build/derive-cedict.mjs). It glosses a Chinese passage word by word, so an English-only
/// model can place it: crude English, but English. Empty without the build's npm step. Loaded on first use.
/// </summary>
internal sealed class CedictGlosses
{
    private const string Resource = "SalesCoach.Knowledge.Resources.cedict.zh-en.tsv";

    private static readonly Lazy<CedictGlosses> Loaded = new(Load);

    private readonly Dictionary<string, string> _gloss = new(StringComparer.Ordinal);

    public static CedictGlosses Instance => Loaded.Value;

    public int Count => _gloss.Count;

    /// <summary>
    /// The text in English words: each Chinese word the segmenter finds that the dictionary knows, in order, repeats
    /// dropped; Latin words as they are. At most <paramref name="maxWords"/> words (the model reads 256 tokens).
    /// </summary>
    public string Gloss(string text, int maxWords)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextAnalyzers.Tokens(TextAnalyzers.Chinese, text))
        {
            if (words.Count >= maxWords) break;
            var english = _gloss.TryGetValue(token, out var g) ? g : token.All(char.IsAsciiLetter) && token.Length > 1 ? token : null;
            if (english is not null && seen.Add(english)) words.Add(english);
        }
        return string.Join(' ', words);
    }

    internal static CedictGlosses Parse(TextReader reader)
    {
        var glosses = new CedictGlosses();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && tab < line.Length - 1) glosses._gloss[line[..tab]] = line[(tab + 1)..];
        }
        return glosses;
    }

    private static CedictGlosses Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource);
        if (stream is null) return new CedictGlosses();
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
