using System.Collections.Concurrent;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// BM25 over every passage, then the playbook bridge: a playbook section that matches (in either language)
/// hands its score to the guide sections its "guide:" line names, when that guide is ingested, and steps
/// aside, so answers cite the source document. A playbook section with no ingested counterpart is cited itself.
/// </summary>
internal sealed partial class Retriever(KnowledgeIndex index, RetrievalSignals signals)
{
    private const int Candidates = 20;
    private const double BridgeWeight = 0.7;
    private const double CoverageFloor = 0.5;
    private const double CardShare = 1.0;
    private const double SubsectionRatio = 0.6;
    private const double HeadingBonus = 0.3;

    // The index never changes, so where a playbook passage bridges to is worked out once, not on every question that hits it.
    private readonly ConcurrentDictionary<IndexedPassage, List<(IndexedPassage Target, double Share)>> _bridges = new(ReferenceEqualityComparer.Instance);

    public RetrievalResult Retrieve(string question, int count)
    {
        var plan = QueryBuilder.Build(question, signals, word => index.DocumentFrequency(new QueryTerm(Fields.Chinese, word, 1f)) > 0);
        var weights = plan.Groups.Select(GroupWeight).ToArray();
        var hits = index.Search(plan.Terms.Where(t => !IsCardField(t.Field)), Candidates);
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
        var lexical = scores.ToDictionary(s => s.Key, s => s.Value.Score * (CoverageFloor + s.Value.Coverage));
        // The section cards rank on their own (how people ask vs how the guide writes are different texts, their
        // BM25 scores different scales): each ranking is scaled to its best, then the two are added.
        var cards = index.Search(plan.Terms.Where(t => IsCardField(t.Field)), Candidates);
        double CoverageOf(IndexedPassage entry) => scores.TryGetValue(entry, out var known) ? known.Coverage : Coverage(plan, weights, entry);
        var combined = Scaled(lexical.Select(l => (l.Key, l.Value)));
        // A card match counts, like a text match, by how much of the question the section covers.
        foreach (var (entry, share) in Scaled(cards.Select(c => (c.Entry, (double)c.Score * (CoverageFloor + CoverageOf(c.Entry))))))
            combined[entry] = combined.GetValueOrDefault(entry) + CardShare * share;
        // A question that names a section's own heading ("客户关系管理有哪些方面") asks about that section; the words
        // of the heading, segmented apart, cannot say so.
        var named = Text.Script.ToHalfWidth(question).ToLowerInvariant();
        var ranked = combined
            .Select(s => new RetrievedPassage(s.Key.Passage, s.Value * (NamesHeading(named, s.Key.Passage) ? 1 + HeadingBonus : 1), scores.TryGetValue(s.Key, out var c) ? c.Coverage : Coverage(plan, weights, s.Key))
            {
                EnglishVia = via.TryGetValue(s.Key, out var v) ? v.Passage : null,
            })
            // The playbook answers an asker in their own language: its other-language twin says the same and is
            // only reached through words bridged by a dictionary, never cited to them.
            .Where(r => r.Passage.Kind != PassageKind.Playbook || r.Passage.Language == plan.Language)
            .OrderByDescending(r => r.Score)
            .ToList();
        if (!PartsQuestions.PreferWhole(ranked, named, p => NamesHeading(named, p))) PreferSubsection(ranked, named);
        ranked = ranked.Take(count).ToList();
        return new RetrievalResult(plan, ranked)
        {
            Lexical = ranked.FirstOrDefault(),
            UnknownNames = UnknownNames(question),
            CoverageBesidesNames = ranked.Count == 0 ? null : CoverageBesidesNames(plan, weights, question, ranked[0].Passage),
        };
    }

    /// <summary>
    /// A section's intro names all its subsections' topics, so it often edges out the subsection that actually
    /// answers. When a subsection of the best passage scores close to it, the subsection goes first: it is the
    /// more precise citation, and the answer still draws on the intro above it.
    /// </summary>
    private static void PreferSubsection(List<RetrievedPassage> ranked, string question)
    {
        if (ranked.Count < 2) return;
        var top = ranked[0];
        if (NamesHeading(question, top.Passage)) return;
        var child = ranked.Skip(1).FirstOrDefault(r => r.Passage.Source == top.Passage.Source && r.Passage.Section.Count > top.Passage.Section.Count
            && SectionPaths.IsWithin(r.Passage.SectionPath, top.Passage.SectionPath) && r.Score >= top.Score * SubsectionRatio);
        if (child is null) return;
        ranked.Remove(child);
        ranked.Insert(0, child);
    }

    /// <summary>
    /// How much of the question the best passage covers without the names in it (Zoho, Excel, Tableau), or null when
    /// it names nothing. A name the guide mentions as an example weighs much (it is rare) and matches the section that
    /// names it, but what is asked about the product ("merge duplicate contacts in Zoho CRM") must be covered too.
    /// </summary>
    private double? CoverageBesidesNames(QueryPlan plan, double[] weights, string question, Passage best)
    {
        var names = Names(question).Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0) return null;
        var entry = index.Entries.FirstOrDefault(e => ReferenceEquals(e.Passage, best));
        if (entry is null) return null;
        double total = 0, covered = 0;
        for (var i = 0; i < plan.Groups.Count; i++)
        {
            var group = plan.Groups[i];
            if (group.Label.ToLowerInvariant().Split(' ', '|').Any(names.Contains)) continue;
            var weight = group.Weight * weights[i];
            total += weight;
            if (group.Terms.Any(t => t.Field != Fields.Bigrams && entry.Contains(t))) covered += weight;
        }
        return total == 0 ? 0 : covered / total;
    }

    // Latin-letter words that name a product or company: in a Chinese question any of 2+ letters, in an English one a
    // capitalised word that does not start the sentence. Acronyms (CRM, KPI, SMART) are the guide's concepts, not names.
    private static IEnumerable<string> Names(string question)
    {
        var chinese = Text.Script.Language(question) == "zh";
        foreach (System.Text.RegularExpressions.Match m in LatinWord().Matches(question))
        {
            var (word, at) = (m.Value, m.Index);
            if (word.All(c => !char.IsLower(c))) continue;
            var isName = chinese ? word.Length >= 2 : char.IsUpper(word[0]) && at > 0 && word != "I" && !Calendar().IsMatch(word) && !SentenceStart(question, at);
            if (isName) yield return word;
        }
    }

    /// <summary>
    /// Names written in Latin letters ("HubSpot", "Salesforce"; in a Chinese question any Latin word) that appear in
    /// no passage and no card. A question about a product or company the texts never mention is not answered by
    /// the sections that share its other words.
    /// </summary>
    private List<string> UnknownNames(string question)
    {
        var names = new List<string>();
        var chinese = Text.Script.Language(question) == "zh";
        var words = LatinWord().Matches(question).Select(m => (m.Value, m.Index)).ToList();
        foreach (var (word, at) in words)
        {
            var isName = chinese ? word.Length >= 3 : char.IsUpper(word[0]) && at > 0 && word != "I" && !Calendar().IsMatch(word) && !SentenceStart(question, at);
            if (!isName) continue;
            var lower = word.ToLowerInvariant();
            var known = new[] { Fields.Chinese, Fields.Cards }.Any(f => index.DocumentFrequency(new QueryTerm(f, lower, 1f)) > 0)
                || TextAnalyzers.TermTokens(TextAnalyzers.English, lower).Any(t => new[] { Fields.English, Fields.CardsEnglish }.Any(f => index.DocumentFrequency(new QueryTerm(f, t, 1f)) > 0));
            if (!known) names.Add(word);
        }
        return names;
    }

    /// <summary>Whether the (half-width, lower-case) question contains the passage's own heading, numbering aside, of 4+ characters.</summary>
    internal static bool NamesHeading(string question, Passage passage)
    {
        if (passage.Section.Count == 0 || passage.Kind != PassageKind.Document) return false;
        var heading = Text.Script.ToHalfWidth(passage.Section[^1]).TrimStart("0123456789一二三四五六七八九十、.,:： ".ToCharArray()).Trim().ToLowerInvariant();
        return heading.Length >= 4 && question.Contains(heading, StringComparison.Ordinal);
    }

    private static bool SentenceStart(string text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or ':' or '—' or '-' or '"' or '“';
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*")]
    private static partial System.Text.RegularExpressions.Regex LatinWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|OK|Hi|Hey|Thanks|Please)$")]
    private static partial System.Text.RegularExpressions.Regex Calendar();

    private static bool IsCardField(string field) => field is Fields.Cards or Fields.CardsEnglish;

    private static Dictionary<IndexedPassage, double> Scaled(IEnumerable<(IndexedPassage Entry, double Score)> ranking)
    {
        var list = ranking.ToList();
        var max = list.Count == 0 ? 0 : list.Max(r => r.Score);
        return list.Where(r => max > 0).ToDictionary(r => r.Entry, r => r.Score / max, ReferenceEqualityComparer.Instance as IEqualityComparer<IndexedPassage>);
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
            if (refs.Any(r => r == SectionPaths.Reference(entry.Passage))) targets.Add((entry, 1.0));
            else if (refs.Any(r => SectionPaths.IsWithin(path, r))) targets.Add((entry, 0.5));
        }
        return targets;
    }
}
