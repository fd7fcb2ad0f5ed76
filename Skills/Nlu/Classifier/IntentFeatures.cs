namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// Turns folded text into the classifier's sparse features: Chinese character 2-3-grams, jieba words and
/// their Cilin synonym groups, English Snowball stems and stem pairs, English character 3-4-grams (for
/// typos the corrector does not know), the first word, and the pattern finders' flags.
/// </summary>
public static class IntentFeatures
{
    public static IReadOnlyList<string> Extract(string folded, PatternFlags flags)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        string? first = null;
        string? previousStem = null;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsCjk(c))
            {
                var end = i;
                while (end < folded.Length && IsCjk(folded[end])) end++;
                var run = folded[i..end];
                first ??= "z:" + run[..Math.Min(2, run.Length)];
                Chinese(run, features);
                previousStem = null;
                i = end;
            }
            else if (char.IsAsciiLetter(c))
            {
                var end = i;
                while (end < folded.Length && (char.IsAsciiLetter(folded[end]) || (folded[end] == '\'' && end + 1 < folded.Length && char.IsAsciiLetter(folded[end + 1])))) end++;
                var word = folded[i..end];
                var stem = EnglishStems.Stem(word.Replace("'", "", StringComparison.Ordinal));
                first ??= "e:" + stem;
                features.Add("e:" + stem);
                if (previousStem is not null) features.Add("b:" + previousStem + "_" + stem);
                previousStem = stem;
                var padded = "<" + word + ">";
                for (var n = 3; n <= 4; n++)
                    for (var k = 0; k + n <= padded.Length; k++) features.Add("c:" + padded.Substring(k, n));
                i = end;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < folded.Length && (char.IsAsciiDigit(folded[i]) || folded[i] == '.')) i++;
                features.Add("n:#");
                previousStem = "#";
            }
            else
            {
                if (c is '?' or '？') features.Add("q:?");
                if (!char.IsWhiteSpace(c)) previousStem = null;
                i++;
            }
        }
        if (first is not null) features.Add("^" + first);
        if (flags.Metric) features.Add("p:metric");
        if (flags.Time) features.Add("p:time");
        if (flags.Value) features.Add("p:value");
        if (flags.Bare) features.Add("p:bare");
        PatternFeatures.Instance.AddMatches(folded, features);
        return [.. features];
    }

    private static void Chinese(string run, HashSet<string> features)
    {
        // No single characters: "不" or "好" alone says little, and short yes/no examples would make it say a lot.
        var padded = "^" + run + "$";
        for (var n = 2; n <= 3; n++)
            for (var k = 0; k + n <= padded.Length; k++)
            {
                var gram = padded.Substring(k, n);
                if (gram is "^" or "$") continue;
                features.Add("z:" + gram);
            }
        string? previous = null;
        foreach (var word in ChineseWords.Instance.Cut(run))
        {
            features.Add("w:" + word);
            var group = ChineseWords.Instance.Group(word);
            if (group is not null) features.Add("s:" + group);
            var unit = group ?? word;
            if (previous is not null) features.Add("wb:" + previous + "_" + unit);
            previous = unit;
        }
    }

    /// <summary>CJK unified ideographs (and extension A): the characters jieba segments.</summary>
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
