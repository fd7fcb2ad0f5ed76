using System.Collections.Frozen;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Managers type fast on phones: a word of four letters or more that is not in the vocabulary but is
/// one edit (insert, delete, substitute, swap) from a vocabulary word of five letters or more is read as
/// that word ("remnd", "vist", "quater"). Short words are left alone: too many real words are one edit apart.
/// </summary>
public static class EnglishTypoCorrector
{
    private static readonly FrozenSet<string> Vocabulary = NluVocabulary.Words.ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] Targets = [.. NluVocabulary.Words.Where(w => w.Length >= 5)];

    public static string Correct(string word)
    {
        if (word.Length < 4 || Vocabulary.Contains(word) || NluVocabulary.CommonWords.Contains(word)) return word;
        foreach (var target in Targets)
            if (Math.Abs(target.Length - word.Length) <= 1 && IsOneEditApart(word, target))
                return target;
        // Long time words are misspelt worse ("tommorow", "wensday", "thrusday") and no real word is two edits from them.
        if (word.Length >= 6)
            foreach (var target in TimeExpressionFinder.LongTimeWords)
                if (Math.Abs(target.Length - word.Length) <= 2 && Distance(word, target) <= 2)
                    return target;
        return word;
    }

    /// <summary>Optimal string alignment distance (insert, delete, substitute, swap of neighbours).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>Optimal string alignment distance of exactly one, without building a matrix.</summary>
    internal static bool IsOneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var diffs = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i]) continue;
                if (++diffs == 1) first = i;
            }
            if (diffs == 1) return true;
            // An adjacent swap ("recieve") counts as one edit.
            return diffs == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first];
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1) return false;
        var skipped = false;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j]) { i++; continue; }
            if (skipped) return false;
            skipped = true;
        }
        return true;
    }
}
