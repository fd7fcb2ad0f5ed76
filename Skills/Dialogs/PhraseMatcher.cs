namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// How the phrase lists of the language data (dialog acts, references) are found in a message: English phrases as
/// whole words ("ok" but not "book", "he" but not "the"), Chinese ones anywhere. Text and phrase are lower case.
/// </summary>
internal static class PhraseMatcher
{
    public static int IndexOf(string text, string phrase, int from = 0)
    {
        if (!phrase.Any(IsLatin)) return text.IndexOf(phrase, from, StringComparison.Ordinal);
        var start = from;
        while (start <= text.Length)
        {
            var at = text.IndexOf(phrase, start, StringComparison.Ordinal);
            if (at < 0) return -1;
            var before = at == 0 || !IsLatinOrDigit(text[at - 1]);
            var after = at + phrase.Length >= text.Length || !IsLatinOrDigit(text[at + phrase.Length]);
            if (before && after) return at;
            start = at + 1;
        }
        return -1;
    }

    /// <summary>The first phrase of the list found (lists are longest first), with where it is.</summary>
    public static (string Phrase, int At)? First(string text, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
            if (IndexOf(text, phrase) is var at and >= 0) return (phrase, at);
        return null;
    }

    public static bool IsLatin(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static bool IsLatinOrDigit(char c) => IsLatin(c) || char.IsDigit(c) || c == '\'';
}
