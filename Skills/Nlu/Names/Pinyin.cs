using System.Globalization;
using System.Text;
using ICU4N.Impl;
using ICU4N.Util;

namespace SalesCoach.Skills.Nlu.Names;

/// <summary>
/// The toneless pinyin of Chinese characters, read from ICU's Han-to-Latin transliteration rules (the "Hani-Latn"
/// and "Han-Latin/Names" rule sets that ICU4N.Resources ships): one reading per character, the first the rules give,
/// and for the first character of a person's name the surname reading where ICU knows one (单 shan, 曾 zeng).
/// Read once, on first use: a few hundred kilobytes of rules, parsed in milliseconds.
/// </summary>
public static class Pinyin
{
    private static readonly Lazy<Tables> Rules = new(Load);

    /// <summary>"张伟" → ["zhang", "wei"]; a character without a reading (not Han) is left out.</summary>
    public static IReadOnlyList<string> Syllables(string han, bool isPersonName = false)
    {
        var tables = Rules.Value;
        var syllables = new List<string>();
        var first = true;
        foreach (var rune in han.EnumerateRunes())
        {
            var key = rune.Value;
            if ((first && isPersonName && tables.Surnames.TryGetValue(key, out var reading)) || tables.Readings.TryGetValue(key, out reading))
                syllables.Add(reading);
            first = false;
        }
        return syllables;
    }

    /// <summary>Whether <paramref name="syllable"/> (lower case, toneless) is the reading of some character: "xin", "zhou", "er".</summary>
    public static bool IsSyllable(string syllable) => Rules.Value.Syllables.Contains(syllable);

    private sealed record Tables(Dictionary<int, string> Readings, Dictionary<int, string> Surnames)
    {
        public HashSet<string> Syllables { get; } = new(Readings.Values, StringComparer.Ordinal);
    }

    private static Tables Load()
    {
        var ids = UResourceBundle.GetBundleInstance(ICUData.IcuTransliteratorBaseName, "root").Get("RuleBasedTransliteratorIDs");
        string RulesOf(string id) => ids.Get(id).Get("file").GetString("resource");
        var readings = new Dictionary<int, string>();
        var surnames = new Dictionary<int, string>();
        foreach (var rule in RulesOf("Hani-Latn").Split(';'))
            Read(rule, readings, contextual: false);
        foreach (var rule in RulesOf("Han-Latin/Names").Split(';'))
            Read(rule, surnames, contextual: true);
        return new Tables(readings, surnames);
    }

    /// <summary>
    /// One rule: "[锕阿]→ā", "嗄→á" (a set or one character and its reading). Rules with a context ("重 } 庆 →chóng")
    /// are the reading before a particular next character and are skipped; in the names' rule set the context
    /// "$startOfHanMarker{ 单→shàn" is the reading at the start of a name, which is the surname reading wanted there.
    /// </summary>
    private static void Read(string rule, Dictionary<int, string> into, bool contextual)
    {
        var arrow = rule.IndexOf('→', StringComparison.Ordinal);
        if (arrow < 0 || rule.StartsWith("::", StringComparison.Ordinal)) return;
        var left = rule[..arrow].Trim();
        var reading = Toneless(rule[(arrow + 1)..].Trim());
        if (reading.Length == 0 || !reading.All(char.IsAsciiLetterLower)) return;
        if (contextual)
        {
            const string Start = "$startOfHanMarker{";
            if (!left.StartsWith(Start, StringComparison.Ordinal)) return;
            left = left[Start.Length..].Trim();
        }
        else if (left.Contains('}') || left.Contains('{') || left.Contains('$'))
        {
            return;
        }
        if (left.Length > 2 && left[0] == '[' && left[^1] == ']')
        {
            var runes = left[1..^1].EnumerateRunes().ToList();
            for (var i = 0; i < runes.Count; i++)
            {
                // "飆-飈" is a range of code points.
                if (i + 2 < runes.Count && runes[i + 1].Value == '-')
                {
                    for (var c = runes[i].Value; c <= runes[i + 2].Value; c++) into.TryAdd(c, reading);
                    i += 2;
                }
                else
                {
                    into.TryAdd(runes[i].Value, reading);
                }
            }
        }
        else if (left.EnumerateRunes().Count() == 1)
        {
            into.TryAdd(left.EnumerateRunes().First().Value, reading);
        }
    }

    /// <summary>"zhāng" → "zhang", "lǜ" → "lu": names are written without tones in English.</summary>
    private static string Toneless(string reading)
    {
        var builder = new StringBuilder(reading.Length);
        foreach (var c in reading.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }
}
