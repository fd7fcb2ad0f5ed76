using System.Text;

namespace SalesCoach.Knowledge.Text;

/// <summary>Splits text into sentences on Chinese and Western end punctuation, keeping the punctuation.</summary>
public static class Sentences
{
    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            current.Append(c);
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            // A Western full stop ends a sentence only before a space or the end, so "2.5" and "Zoho.com" stay whole.
            var ends = c is '。' or '！' or '？' or '；' or '\n'
                || (c is '!' or '?' or ';' && !char.IsLetterOrDigit(next))
                || (c == '.' && char.IsWhiteSpace(next));
            if (ends) Flush(current, result);
        }
        Flush(current, result);
        return result;
    }

    private static void Flush(StringBuilder current, List<string> result)
    {
        var sentence = current.ToString().Trim();
        if (sentence.Length > 0) result.Add(sentence);
        current.Clear();
    }
}
