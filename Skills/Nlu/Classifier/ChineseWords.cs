using System.Collections.Frozen;
using JiebaNet.Segmenter;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// Chinese words for the classifier: jieba's segmentation, and each word's synonym group in the Cilin
/// thesaurus (哈工大 同义词词林扩展版, shipped by jieba.NET as Resources/cn_synonym.txt), so that
/// "取消", "撤销" and "作废" share a feature even when the examples only said one of them.
/// </summary>
public sealed class ChineseWords
{
    private static readonly Lazy<ChineseWords> Shared = new(() => new ChineseWords(Path.Combine(AppContext.BaseDirectory, "Resources")));

    private readonly JiebaSegmenter _segmenter;
    private readonly FrozenDictionary<string, string> _groups;

    private ChineseWords(string resources)
    {
        var thesaurus = Path.Combine(resources, "cn_synonym.txt");
        if (!File.Exists(thesaurus) || !File.Exists(Path.Combine(resources, "dict.txt")))
            throw new FileNotFoundException($"jieba's dictionaries are missing from {resources} (Skills.csproj copies them there from the jieba.NET package)");
        _segmenter = new JiebaSegmenter();
        _groups = ReadGroups(thesaurus);
    }

    public static ChineseWords Instance => Shared.Value;

    /// <summary>Words of a run of Chinese text, jieba's precise mode with its HMM for words it does not list.</summary>
    public IEnumerable<string> Cut(string text) => _segmenter.Cut(text, cutAll: false, hmm: true);

    /// <summary>The word's Cilin synonym group (e.g. "Hj12B01="), or null when it is in none.</summary>
    public string? Group(string word) => _groups.GetValueOrDefault(word);

    /// <summary>
    /// Lines are "CODE word word ...". Only codes ending in '=' are groups of true synonyms ('#' is merely
    /// related, '@' a word alone); a word in several groups keeps the first, so the reading is deterministic.
    /// </summary>
    private static FrozenDictionary<string, string> ReadGroups(string path)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !parts[0].EndsWith('=')) continue;
            foreach (var word in parts.AsSpan(1)) groups.TryAdd(word, parts[0]);
        }
        return groups.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
