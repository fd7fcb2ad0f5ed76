using System.Text.RegularExpressions;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The ten catalogue metrics and their synonyms (Skills/Nlu/Data/*.yml, entities: metric). Phrases are matched on folded text, the
/// longest first, so "销售增长率" is growth_rate before "销售额" could claim it. "sales" alone is not
/// revenue: "sales goal", "sales risk" and "sales channel" are not about revenue.
/// </summary>
public static class MetricCatalogue
{
    /// <summary>The catalogue, from the language files' "metric" synonyms (every locale: people mix languages).</summary>
    public static readonly IReadOnlyList<MetricDefinition> Metrics =
    [
        .. LanguageData.Current.Synonyms("metric")
            .GroupBy(s => s.Value)
            .Select(g => new MetricDefinition(g.Key, [.. g.Select(s => s.Phrase)])),
    ];

    private static readonly (Regex Pattern, string Name)[] Patterns =
    [
        .. Metrics
            .SelectMany(m => m.Phrases.Select(p => (Phrase: p, m.Name)))
            .OrderByDescending(x => x.Phrase.Length)
            .Select(x => (PhrasePattern.Build(x.Phrase), x.Name)),
    ];

    /// <summary>Non-overlapping metric mentions, longest phrase first.</summary>
    public static IReadOnlyList<(int Start, int Length, string Name)> Find(string folded)
    {
        var found = new List<(int Start, int Length, string Name)>();
        foreach (var (pattern, name) in Patterns)
            foreach (Match m in pattern.Matches(folded))
                if (!found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length))
                    found.Add((m.Index, m.Length, name));
        // "销售额比去年同期涨了几个点", "how much did revenue grow": the growth is what is asked; the figure it is
        // the growth of only says which growth.
        if (found.Any(f => f.Name == "growth_rate") && found.Any(f => f.Name != "growth_rate"))
            found.RemoveAll(f => f.Name is not "growth_rate" && found.Any(g => g.Name == "growth_rate" && Math.Abs(g.Start - f.Start) <= 24));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
