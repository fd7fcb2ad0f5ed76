using System.Runtime.CompilerServices;
using SalesCoach.Skills.Nlu.Classifier;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The short names people use for the directory's customers: the registered name without its company
/// suffixes and its leading city ("杭州华信科技有限公司" -> "华信", "华信科技"; "深圳华晟电子科技有限公司" -> "华晟",
/// "华晟电子"). A short name that is an ordinary word ("盛世" is a name in jieba's dictionary, "光明" would not
/// be) is left out, so a common word in a sentence is not taken for a customer. Several customers may share a
/// short name; the recogniser only marks the span, the skill asks which one.
/// </summary>
public static class CustomerAliases
{
    // Worked out once per directory snapshot (the list is replaced, not changed, when the data is reloaded).
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, IReadOnlyList<string>> Cache = new();

    public static IReadOnlyList<string> Of(IReadOnlyList<string> customers) =>
        customers.Count == 0 ? [] : Cache.GetValue(customers, Build);

    private static IReadOnlyList<string> Build(IReadOnlyList<string> customers)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in customers)
        {
            if (!name.Any(c => c is >= '\u4e00' and <= '\u9fff')) continue;
            var withoutSuffixes = NameFinder.TrailingCompanySuffixes.Replace(name, "");
            var firstSuffix = name.Length > withoutSuffixes.Length ? FirstSuffix(name[withoutSuffixes.Length..]) : "";
            var words = ChineseWords.Instance.Cut(withoutSuffixes).ToList();
            var core = words.Count > 1 && ChineseLexicon.Instance.IsPlace(words[0]) ? withoutSuffixes[words[0].Length..] : withoutSuffixes;
            if (core.Length < 2 || core == name || ChineseLexicon.Instance.IsOrdinary(core)) continue;
            aliases.Add(core);
            if (firstSuffix.Length > 0) aliases.Add(core + firstSuffix);
        }
        // Longest first, so "华信科技" is found before "华信" claims the same characters.
        return aliases.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToList();
    }

    private static string FirstSuffix(string suffixes)
    {
        var first = NameFinder.LeadingCompanySuffix.Match(suffixes).Value;
        return first is "有限公司" or "股份有限公司" or "有限责任公司" or "股份公司" or "公司" or "股份" ? "" : first;
    }
}
