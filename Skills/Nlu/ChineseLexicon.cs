using System.Collections.Frozen;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// What jieba's dictionary (Resources/dict.txt: word, frequency, part of speech) says about a word, for
/// telling names from ordinary words without a list of our own: "回访清单" is a list of callbacks, not a
/// customer called 清单, because 清单 is a common word; "回访德力集团" is a customer because 德力 is not.
/// Only frequent short words are kept (frequency ≥ 30, at most 4 characters): rare dictionary words are as
/// likely to be names as anything else, and the set stays small (about 53k words).
/// </summary>
public sealed class ChineseLexicon
{
    private static readonly Lazy<ChineseLexicon> Shared = new(() => new ChineseLexicon(Path.Combine(AppContext.BaseDirectory, "Resources", "dict.txt")));

    // jieba's tags for names: people (nr, nrt, nrfg), places (ns), organisations (nt), other proper nouns (nz).
    private static readonly FrozenSet<string> NameTags = FrozenSet.ToFrozenSet(["nr", "nrt", "nrfg", "ns", "nt", "nz"], StringComparer.Ordinal);

    private readonly FrozenSet<string> _ordinary;
    private readonly FrozenSet<string> _places;

    private ChineseLexicon(string dictionary)
    {
        var ordinary = new HashSet<string>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(dictionary))
        {
            var parts = line.Split(' ');
            if (parts.Length < 3 || parts[0].Length > 4 || !int.TryParse(parts[1], out var frequency) || frequency < 30) continue;
            if (parts[2] == "ns") places.Add(parts[0]);
            else if (!NameTags.Contains(parts[2])) ordinary.Add(parts[0]);
        }
        _ordinary = ordinary.ToFrozenSet(StringComparer.Ordinal);
        _places = places.ToFrozenSet(StringComparer.Ordinal);
    }

    public static ChineseLexicon Instance => Shared.Value;

    /// <summary>A frequent word that is not a name ("电话", "清单", "一次", "没").</summary>
    public bool IsOrdinary(string word) => _ordinary.Contains(word);

    /// <summary>A frequent place name ("杭州", "深圳").</summary>
    public bool IsPlace(string word) => _places.Contains(word);
}
