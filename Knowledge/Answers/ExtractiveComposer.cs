using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// The offline answer: sentences that answer the question, taken as written from the best passage, the intros
/// of the sections above it and a close runner-up, chosen by how much of the question each covers and
/// kept in reading order.
/// </summary>
internal static class ExtractiveComposer
{
    private const int Budget = 320;
    private const int MaxSentences = 5;

    public static string Compose(RetrievalResult retrieval, IReadOnlyList<IndexedPassage> entries)
    {
        var best = retrieval.Best!;
        var sources = new List<(Passage Passage, double Weight)> { (best.Passage, 1.0) };
        foreach (var ancestor in Ancestors(best.Passage, entries)) sources.Add((ancestor, 0.6));
        if (retrieval.Passages.Count > 1 && retrieval.Passages[1] is { } second && second.Score >= best.Score * 0.75
            && second.Passage.SectionPath != best.Passage.SectionPath)
            sources.Add((second.Passage, 0.6));

        var candidates = new List<(int Source, int Index, string Sentence, double Score)>();
        for (var s = 0; s < sources.Count; s++)
        {
            var sentences = Sentences.Split(sources[s].Passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var score = SentenceCoverage(retrieval.Plan, sentences[i]) * sources[s].Weight + (s == 0 ? 0.05 : 0);
                candidates.Add((s, i, sentences[i], score));
            }
        }

        var chosen = new List<(int Source, int Index, string Sentence, double Score)>();
        var length = 0;
        foreach (var candidate in candidates.OrderByDescending(c => c.Score))
        {
            if (chosen.Count >= MaxSentences) break;
            if (chosen.Count > 0 && (candidate.Score <= 0.05 || length + candidate.Sentence.Length > Budget)) continue;
            if (chosen.Any(c => c.Sentence == candidate.Sentence)) continue;
            chosen.Add(candidate);
            length += candidate.Sentence.Length;
        }
        var ordered = chosen.OrderBy(c => c.Source).ThenBy(c => c.Index).Select(c => c.Sentence);
        var joiner = best.Passage.Language == "zh" ? "" : " ";
        return string.Join(joiner, ordered);
    }

    private static double SentenceCoverage(QueryPlan plan, string sentence)
    {
        var tokens = new HashSet<string>(TextAnalyzers.Tokens(TextAnalyzers.Chinese, sentence));
        tokens.UnionWith(TextAnalyzers.Tokens(TextAnalyzers.English, sentence));
        if (plan.Groups.Count == 0) return 0;
        double covered = plan.Groups.Count(g => g.Terms.Any(t => t.Field != Fields.Bigrams && tokens.Contains(t.Term)));
        return covered / plan.Groups.Count;
    }

    private static IEnumerable<Passage> Ancestors(Passage passage, IReadOnlyList<IndexedPassage> entries)
    {
        for (var depth = passage.Section.Count - 1; depth >= 1; depth--)
        {
            var path = SectionPaths.Join(passage.Section.Take(depth));
            var intro = entries.FirstOrDefault(e => e.Passage.Source == passage.Source && e.Passage.SectionPath == path);
            if (intro is not null) yield return intro.Passage;
        }
    }
}
