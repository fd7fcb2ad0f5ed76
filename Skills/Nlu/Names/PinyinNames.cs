using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu.Names;

/// <summary>
/// Chinese names written in pinyin, told apart without a directory (the directory's own spellings are matched by
/// <see cref="EnglishNames"/>): a surname syllable and a given name of one or two syllables, in either order
/// ("Zhang Wei", "zhang wei", "Wei Zhang", "Li Na", "Chen Jing"), is a person; one word of two or three syllables
/// ("Huaxin", "Jiuzhou", "Haier") is how a Chinese company's short name is written. The syllables and the surnames come
/// from ICU's readings of the characters (<see cref="Pinyin"/>) and the surname list the Chinese name patterns use.
/// </summary>
public static class PinyinNames
{
    // Any surname makes a two-word name a person's ("Zhou Jie"); only the commonest rule a one-word name out as a company's.
    private static readonly Lazy<HashSet<string>> Surnames = new(() => SyllablesOf(NameFinder.AllSurnameCharacters));
    private static readonly Lazy<HashSet<string>> CommonSurnames = new(() => SyllablesOf(NameFinder.SurnameCharacters));

    private static HashSet<string> SyllablesOf(string characters) =>
        characters.Select(c => Pinyin.Syllables(c.ToString(), isPersonName: true)).Where(s => s.Count == 1).Select(s => s[0]).ToHashSet(StringComparer.Ordinal);

    // Short English words that are also syllables: in lower-case text "he can" is not a name.
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "a", "an", "ai", "he", "me", "men", "man", "can", "pan", "ban", "fan", "tan", "ran", "dan", "nan", "long", "hang", "bang",
        "gang", "sang", "bin", "pin", "sun", "gun", "die", "lie", "tie", "pie", "she", "ye", "hen", "ben", "pen", "ha", "ma", "pa",
        "la", "bo", "ding", "ping", "song", "tong", "wan", "lan", "mao", "tao", "bao", "sue", "you", "yo", "o", "e", "er", "shi",
    };

    private static readonly Regex LowerPair = new(@"(?<![A-Za-z])(?=(?<pair>[a-z]{2,7}[ -][a-z]{1,8})(?![A-Za-z]))", RegexOptions.CultureInvariant);

    /// <summary>The fewest syllables <paramref name="word"/> splits into ("huaxin" -> hua, xin), or null when it is not pinyin.</summary>
    public static IReadOnlyList<string>? Split(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length == 0 || !w.All(char.IsAsciiLetterLower)) return null;
        var best = new int[w.Length + 1];
        var from = new int[w.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var end = 1; end <= w.Length; end++)
            for (var length = 1; length <= Math.Min(6, end); length++)
                if (best[end - length] != int.MaxValue && best[end - length] + 1 < best[end] && IsNameSyllable(w.Substring(end - length, length)))
                    (best[end], from[end]) = (best[end - length] + 1, end - length);
        if (best[w.Length] == int.MaxValue) return null;
        var syllables = new List<string>();
        for (var end = w.Length; end > 0; end = from[end]) syllables.Insert(0, w[from[end]..end]);
        return syllables;
    }

    // Interjections' readings ("n", "m", "ng", "hm") and lone vowels would make English words pinyin ("on" = o + n).
    private static bool IsNameSyllable(string s) => s.Length >= 2 && s is not ("ng" or "hm" or "hng") && Pinyin.IsSyllable(s);

    /// <summary>"Zhang Wei", "wei zhang", "Li Na", "Zhang Xiaoming": a surname and a given name of one or two syllables.</summary>
    public static bool IsPersonName(string text)
    {
        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return false;
        bool Given(string p) => Split(p) is { Count: 1 or 2 };
        bool Surname(string p) => Surnames.Value.Contains(p.ToLowerInvariant());
        return Surname(parts[0]) && Given(parts[1]) || Given(parts[0]) && Surname(parts[1]);
    }

    /// <summary>
    /// "Huaxin", "Jiuzhou", "Haier": one word of two or three syllables, one of them three letters or more, that does not
    /// start with a common surname. English first names that happen to be pinyin ("Tina", "Nina", "Lisa") fail one of these.
    /// </summary>
    public static bool IsBrandName(string word) =>
        word.Length >= 5 && Split(word) is { Count: 2 or 3 } s && s.Any(x => x.Length >= 3) && !CommonSurnames.Value.Contains(s[0]);

    /// <summary>Person names typed in lower case ("is zhang wei on track"): (start, length) in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int Length)> LowerCasePeople(string text)
    {
        foreach (Match m in LowerPair.Matches(text))
        {
            var pair = m.Groups["pair"];
            var parts = pair.Value.Split([' ', '-']);
            if (parts.Any(EnglishWords.Contains) || parts.Any(IsEnglish)) continue;
            if (IsPersonName(pair.Value)) yield return (pair.Index, pair.Length);
        }
    }

    private static bool IsEnglish(string word) =>
        NluVocabulary.Words.Contains(word) || NluVocabulary.CommonWords.Contains(word);
}
