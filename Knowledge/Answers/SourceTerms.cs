using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// The key terms of a Chinese source section, for an answer written in English: the Chinese terms the English
/// playbook gives in parentheses ("risk matrix (风险矩阵)") are the vocabulary a reader needs to find the cited
/// passage in the guide; those the cited passage uses, in its order, and not already in the answer.
/// </summary>
internal static partial class SourceTerms
{
    private const int Max = 8;
    private const int MaxQuoteChars = 220;

    /// <summary>
    /// Under an English answer, what the guide itself says on the point, quoted from the extract the composer makes of
    /// the cited Chinese section (its points, in its own words): the reader can check the translation and find the
    /// passage. Kept shorter than the English answer so the answer stays English; when not even one sentence fits,
    /// the section's key terms stand in.
    /// </summary>
    public static IReadOnlyList<string> Quote(string answer, string guideExtract, Passage cited, IEnumerable<Passage> passages)
    {
        // The English answer already carries the guide's terms in parentheses: with the quote, Chinese stays well under half.
        var room = Math.Min(MaxQuoteChars, answer.Count(char.IsAsciiLetter) * 8 / 10 - answer.Count(Script.IsCjk));
        var quote = new System.Text.StringBuilder();
        var cjk = 0;
        foreach (var sentence in guideExtract.Split('\n').SelectMany(Sentences.Split))
        {
            var count = sentence.Count(Script.IsCjk);
            if (cjk + count > room) break;
            quote.Append(sentence.TrimStart('-', ' '));
            cjk += count;
        }
        return quote.Length > 0 ? [quote.ToString()] : For(answer, cited, passages);
    }

    public static IReadOnlyList<string> For(string answer, Passage cited, IEnumerable<Passage> passages)
    {
        var known = Known(passages);
        var text = cited.Text;
        return known
            .Select(t => (Term: t, At: text.IndexOf(t, StringComparison.Ordinal)))
            // The document's own subject ("销售管理员" in "销售管理员如何做") is in every section and tells nothing.
            .Where(x => x.At >= 0 && !answer.Contains(x.Term, StringComparison.Ordinal) && !cited.Title.Contains(x.Term, StringComparison.Ordinal))
            .OrderBy(x => x.At).ThenByDescending(x => x.Term.Length)
            .Select(x => x.Term)
            // "绩效评估" inside "绩效评估会" says nothing more.
            .Aggregate(new List<string>(), (kept, t) => { if (!kept.Any(k => k.Contains(t, StringComparison.Ordinal))) kept.Add(t); return kept; })
            .Take(Max)
            .ToList();
    }

    private static HashSet<string> Known(IEnumerable<Passage> passages) =>
        passages.Where(p => p.Kind == PassageKind.Playbook && p.Language == "en")
            .SelectMany(p => Parenthesised().Matches(p.Text).Select(m => m.Groups[1].Value))
            .SelectMany(t => t.Split([',', '，', '、', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(t => t.Length >= 2 && t.Any(Script.IsCjk))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\(([^()]*\p{IsCJKUnifiedIdeographs}[^()]*)\)")]
    private static partial Regex Parenthesised();
}
