using System.Collections.Concurrent;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// BM25 over every passage, then the playbook bridge: a playbook section that matches (in either language)
/// hands its score to the guide sections its "guide:" line names, when that guide is ingested, and steps
/// aside, so answers cite the source document. A playbook section with no ingested counterpart is cited itself.
/// </summary>
internal sealed class Retriever(KnowledgeIndex index, RetrievalSignals signals)
{
    private const int Candidates = 20;
    private const double BridgeWeight = 0.7;
    private const double CoverageFloor = 0.5;

    // The index never changes, so where a playbook passage bridges to is worked out once, not on every question that hits it.
    private readonly ConcurrentDictionary<IndexedPassage, List<(IndexedPassage Target, double Share)>> _bridges = new(ReferenceEqualityComparer.Instance);

    public RetrievalResult Retrieve(string question, int count)
    {
        var plan = QueryBuilder.Build(question, signals, word => index.DocumentFrequency(new QueryTerm(Fields.Chinese, word, 1f)) > 0);
        var weights = plan.Groups.Select(GroupWeight).ToArray();
        var hits = index.Search(plan.Terms, Candidates);
        var scores = new Dictionary<IndexedPassage, (double Score, double Coverage)>();
        var via = new Dictionary<IndexedPassage, (Passage Passage, double Share)>();
        foreach (var (entry, score) in hits)
            scores[entry] = (score, Coverage(plan, weights, entry));

        foreach (var (entry, score) in hits.Where(h => signals.PlaybookBridge && h.Entry.Passage.Kind == PassageKind.Playbook))
        {
            var targets = _bridges.GetOrAdd(entry, e => BridgeTargets(e.Passage));
            if (targets.Count == 0) continue;
            var coverage = scores[entry].Coverage;
            scores.Remove(entry);
            foreach (var (target, share) in targets)
            {
                var current = scores.TryGetValue(target, out var s) ? s : (0, Coverage(plan, weights, target));
                scores[target] = (current.Score + score * BridgeWeight * share, Math.Max(current.Coverage, coverage * share));
                // An English answer is written from the English section that pointed here most strongly.
                if (entry.Passage.Language == "en" && (!via.TryGetValue(target, out var v) || score * share > v.Share)) via[target] = (entry.Passage, score * share);
            }
        }
        // BM25 rewards repeating a few words; coverage rewards answering all of the question. Both count.
        var ranked = scores
            .Select(s => new RetrievedPassage(s.Key.Passage, s.Value.Score * (CoverageFloor + s.Value.Coverage), s.Value.Coverage)
            {
                EnglishVia = via.TryGetValue(s.Key, out var v) ? v.Passage : null,
            })
            .OrderByDescending(r => r.Score)
            .Take(count)
            .ToList();
        return new RetrievalResult(plan, ranked) { Lexical = ranked.FirstOrDefault() };
    }

    /// <summary>Share of the question's weight that the passage covers; words found nowhere in the knowledge base weigh most.</summary>
    internal static double Coverage(QueryPlan plan, double[] weights, IndexedPassage entry)
    {
        double total = 0, covered = 0;
        for (var i = 0; i < plan.Groups.Count; i++)
        {
            var group = plan.Groups[i];
            var weight = group.Weight * weights[i];
            total += weight;
            if (group.Terms.Any(t => t.Field != Fields.Bigrams && entry.Contains(t))) covered += weight;
        }
        return total == 0 ? 0 : covered / total;
    }

    // BM25's idf of the group's most specific term: a dictionary entry is as telling as its most precise wording.
    // A word found nowhere in the knowledge base weighs as much as one found in a single passage: it may be
    // phrasing (and the dictionaries are never complete), so it must not outweigh everything else.
    private double GroupWeight(QueryGroup group)
    {
        var n = index.Count;
        var df = group.Terms.Where(t => t.Field is Fields.Chinese or Fields.English).Select(index.DocumentFrequency).Where(d => d > 0).DefaultIfEmpty(1).Min();
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>The ingested passages under the sections a playbook passage (or its twin) names; exact sections count fully, subsections half.</summary>
    private List<(IndexedPassage Target, double Share)> BridgeTargets(Passage playbook)
    {
        var refs = playbook.GuideRefs.Count > 0 || playbook.Anchor is null
            ? playbook.GuideRefs
            : index.Entries.Where(e => e.Passage.Kind == PassageKind.Playbook && e.Passage.Anchor == playbook.Anchor).SelectMany(e => e.Passage.GuideRefs).Distinct().ToList();
        var targets = new List<(IndexedPassage, double)>();
        foreach (var entry in index.Entries.Where(e => e.Passage.Kind == PassageKind.Document))
        {
            var path = entry.Passage.SectionPath;
            if (refs.Any(r => r == path)) targets.Add((entry, 1.0));
            else if (refs.Any(r => SectionPaths.IsWithin(path, r))) targets.Add((entry, 0.5));
        }
        return targets;
    }
}
