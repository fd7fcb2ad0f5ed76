using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// A question that asks what a topic is made of ("管控销售风险大体上分哪几步?", "what are the main stages of …") is
/// answered by the section whose parts are sections of their own, not by one of those parts: the best-scoring
/// passage is often a part (it repeats the topic's words), so the section above it goes first when it scores close
/// and two or more of its parts are among the candidates (the composer then gives each part). Asked about one named
/// section, that section stays first and no subsection of it is preferred.
/// </summary>
internal static partial class PartsQuestions
{
    private const double AncestorRatio = 0.6;

    public static bool AsksForParts(string question) => Parts().IsMatch(question.ToLowerInvariant());

    /// <summary>Reorders for a parts question; true when the order is settled (no subsection is to go first).</summary>
    public static bool PreferWhole(List<RetrievedPassage> ranked, string question, Func<Passage, bool> namesHeading)
    {
        if (ranked.Count < 2 || !AsksForParts(question)) return false;
        var top = ranked[0];
        if (namesHeading(top.Passage)) return true;
        // The nearest section above the best passage that has parts among the candidates and scores close to it.
        for (var depth = top.Passage.Section.Count - 1; depth >= 1; depth--)
        {
            var path = top.Passage.Section.Take(depth).ToList();
            var whole = ranked.FirstOrDefault(r => r.Passage.Source == top.Passage.Source && r.Passage.Section.SequenceEqual(path));
            if (whole is null || whole.Score < top.Score * AncestorRatio || PartsAmong(ranked, whole.Passage) < 2) continue;
            ranked.Remove(whole);
            ranked.Insert(0, whole);
            return true;
        }
        return PartsAmong(ranked, top.Passage) >= 2;
    }

    private static int PartsAmong(List<RetrievedPassage> ranked, Passage whole) =>
        ranked.Count(r => r.Passage.Source == whole.Source && r.Passage.Section.Count == whole.Section.Count + 1
            && r.Passage.Section.Take(whole.Section.Count).SequenceEqual(whole.Section));

    // Words that ask for the stages or parts of a whole, not for a list of anything ("哪些指标" is not one).
    [GeneratedRegex(@"哪几步|分几步|几个步骤|哪些步骤|几个阶段|哪几个阶段|哪些阶段|哪些环节|几个环节|哪几个环节|哪几个方面|几个方面|哪几块|几大块|分哪几|由哪几|\b(main|key|major) (steps|stages|parts|phases|areas)\b|\bwhat (are the )?(steps|stages|phases|parts)\b|\bwhich (steps|stages|phases|parts)\b|\bbroken (down )?into\b|\bconsist of\b|\bmade up of\b")]
    private static partial Regex Parts();
}
