using System.Reflection;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// The Cilin thesaurus (同义词词林扩展版) that jieba.NET ships as Resources/cn_synonym.txt, embedded at build.
/// Each line is a code and its words; only codes ending in "=" (the finest, 8-character level: true synonyms)
/// are read. "#" lines (related, not equal) and coarser levels group words that merely share a field ("绩效"
/// with "药效"), which drowns a query in noise.
/// </summary>
internal sealed class CilinThesaurus
{
    private const string Resource = "SalesCoach.Knowledge.Resources.cn_synonym.txt";

    private readonly Dictionary<string, List<string[]>> _groups = new(StringComparer.Ordinal);

    private static readonly Lazy<CilinThesaurus> Loaded = new(Load);

    public static CilinThesaurus Instance => Loaded.Value;

    public int GroupCount { get; private set; }

    /// <summary>The words that share a finest-level group with the word, itself excluded; empty when it has none.</summary>
    public IEnumerable<string> SynonymsOf(string word) =>
        _groups.TryGetValue(word, out var groups) ? groups.SelectMany(g => g).Where(w => w != word).Distinct() : [];

    internal static CilinThesaurus Parse(TextReader reader)
    {
        var thesaurus = new CilinThesaurus();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 3 || parts[0].Length != 8 || parts[0][7] != '=') continue;
            var words = parts[1..];
            thesaurus.GroupCount++;
            foreach (var word in words)
            {
                if (!thesaurus._groups.TryGetValue(word, out var list)) thesaurus._groups[word] = list = [];
                list.Add(words);
            }
        }
        return thesaurus;
    }

    private static CilinThesaurus Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Missing resource {Resource} (jieba.NET's Resources/cn_synonym.txt)");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
