using System.Collections.Concurrent;
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
    private const int Budget = 300;
    private const int MaxSentences = 5;

    public static string Compose(RetrievalResult retrieval, KnowledgeIndex index)
    {
        var best = retrieval.Best!;
        var sources = new List<(Passage Passage, double Weight)> { (best.Passage, 1.0) };
        // The section above usually introduces the topic and lists its parts ("如奖金、晋升、表彰等").
        if (Ancestors(best.Passage, index).FirstOrDefault() is { } parent) sources.Add((parent, 0.8));
        if (retrieval.Passages.Count > 1 && retrieval.Passages[1] is { } second && second.Score >= best.Score * 0.75
            && second.Passage.SectionPath != best.Passage.SectionPath)
            sources.Add((second.Passage, 0.6));

        // The best passage is the answer; other sentences join only when they cover something it does not.
        var chosen = new List<(int Source, int Index, string Sentence)>();
        var covered = new HashSet<QueryGroup>();
        var length = 0;
        var bestSentences = Sentences.Split(best.Passage.Text).Where(x => !PlantedInstruction.IsPresentIn(x)).ToList();
        for (var i = 0; i < bestSentences.Count && (i == 0 || length + bestSentences[i].Length <= Budget); i++)
        {
            chosen.Add((0, i, bestSentences[i]));
            covered.UnionWith(Covered(retrieval.Plan, bestSentences[i]));
            length += bestSentences[i].Length;
        }
        var extras = new List<(int Source, int Index, string Sentence, HashSet<QueryGroup> Groups)>();
        for (var s = 1; s < sources.Count; s++)
        {
            var sentences = Sentences.Split(sources[s].Passage.Text).Where(x => !PlantedInstruction.IsPresentIn(x)).ToList();
            for (var i = 0; i < sentences.Count; i++) extras.Add((s, i, sentences[i], Covered(retrieval.Plan, sentences[i])));
        }
        while (chosen.Count < MaxSentences)
        {
            var next = extras
                .Where(e => length + e.Sentence.Length <= Budget && !chosen.Any(c => c.Sentence == e.Sentence))
                .Select(e => (Extra: e, New: e.Groups.Count(g => !covered.Contains(g)) + (e.Source == 1 && e.Groups.Count > 0 && Enumerates(e.Sentence) ? 1 : 0)))
                .Where(e => e.New > 0)
                .OrderByDescending(e => e.New).ThenBy(e => e.Extra.Source)
                .FirstOrDefault();
            if (next.Extra.Sentence is null) break;
            chosen.Add((next.Extra.Source, next.Extra.Index, next.Extra.Sentence));
            covered.UnionWith(next.Extra.Groups);
            length += next.Extra.Sentence.Length;
        }
        var ordered = chosen.OrderBy(c => c.Source).ThenBy(c => c.Index).Select(c => c.Sentence);
        var joiner = best.Passage.Language == "zh" ? "" : " ";
        return string.Join(joiner, ordered);
    }

    // A sentence listing examples ("如A、B、C等") is what most questions about a topic want to hear.
    private static bool Enumerates(string sentence) => sentence.Count(c => c == '、') >= 2 || sentence.Count(c => c == ',') >= 3;

    // Groups with content: a word every passage shares ("销售", "管理员") says nothing new.
    private static HashSet<QueryGroup> Covered(QueryPlan plan, string sentence)
    {
        var tokens = TokensOf(sentence);
        return plan.Groups.Where(g => g.Weight >= 1f && g.Terms.Any(t => t.Field != Fields.Bigrams && tokens.Contains(t.Term))).ToHashSet();
    }

    // A sentence's tokens depend on its text alone, and the same passages' sentences are analysed for every
    // answer that cites them: Chinese segmentation of them was most of a knowledge turn's CPU. Bounded like
    // TextAnalyzers' term cache; read-only once stored.
    private static readonly ConcurrentDictionary<string, HashSet<string>> SentenceTokens = new(StringComparer.Ordinal);

    private static HashSet<string> TokensOf(string sentence)
    {
        if (SentenceTokens.TryGetValue(sentence, out var cached)) return cached;
        var tokens = new HashSet<string>(TextAnalyzers.Tokens(TextAnalyzers.Chinese, sentence));
        tokens.UnionWith(TextAnalyzers.Tokens(TextAnalyzers.English, sentence));
        if (SentenceTokens.Count < 20_000) SentenceTokens.TryAdd(sentence, tokens);
        return tokens;
    }

    private static IEnumerable<Passage> Ancestors(Passage passage, KnowledgeIndex index)
    {
        for (var depth = passage.Section.Count - 1; depth >= 1; depth--)
        {
            var path = SectionPaths.Join(passage.Section.Take(depth));
            if (index.Intro(passage.Source, path) is { } intro) yield return intro;
        }
    }
}
