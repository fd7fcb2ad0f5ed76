using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// The English playbook section that says what a Chinese guide section says: an English question is answered
/// from it, in English, while the citation still names the guide. The section whose "guide:" line names the
/// guide section itself wins over one naming a section above or below it; the one that matched the question
/// (the bridge's source) wins a tie.
/// </summary>
internal static class EnglishTwin
{
    public static Passage? For(RetrievedPassage best, QueryPlan plan, IEnumerable<Passage> passages)
    {
        var guide = best.Passage;
        if (guide.Language == "en") return guide;
        var path = SectionPaths.Reference(guide);
        return passages
            .Where(p => p.Kind == PassageKind.Playbook && p.Language == "en" && p.Text.Length > 0)
            .Select(p => (Passage: p, Fit: p.GuideRefs.Select(r => Fit(path, r)).DefaultIfEmpty(0).Max()))
            .Where(x => x.Fit > 0)
            .OrderByDescending(x => x.Fit)
            .ThenByDescending(x => ReferenceEquals(x.Passage, best.EnglishVia))
            .ThenByDescending(x => ExtractiveComposer.Relevance(plan, x.Passage))
            .Select(x => x.Passage)
            .FirstOrDefault();
    }

    // 3 for the same section; a section above the guide's counts more the closer it is; one below counts least.
    private static double Fit(string guidePath, string reference)
    {
        if (guidePath == reference) return 3;
        if (SectionPaths.IsWithin(guidePath, reference))
            return 2 - 0.1 * (SectionPaths.Split(guidePath).Count - SectionPaths.Split(reference).Count);
        if (SectionPaths.IsWithin(reference, guidePath)) return 1;
        return 0;
    }
}
