using System.Collections.Concurrent;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// The offline answer: what the question asks for, taken as written from the answering passage (the guide's
/// section, or for an English question its English playbook twin), the intro of the section above it and a
/// close runner-up. The passage's defining sentence comes first; a question for a list gets the whole list,
/// one for steps the steps, one for a reason the sentences that give it; then sentences that cover what the
/// question names and is not yet said, within a short budget, in reading order.
/// </summary>
internal static class ExtractiveComposer
{
    private const int MaxItems = 8;
    private const int MaxUnitChars = 240;

    // The sub-sections' sentences come after everything else the answer says.
    private const int PartsSource = 1000;

    /// <summary>The answer in the language of <paramref name="main"/>, with extra passages that may add what it lacks (weights &lt; 1).</summary>
    public static string Compose(QueryPlan plan, Passage main, IReadOnlyList<Passage> extras, IReadOnlyList<Passage>? children = null)
    {
        var english = main.Language == "en";
        var budget = english ? 700 : 320;
        var ask = AskKinds.Of(plan.Question);
        var units = Units(main);
        if (units.Count == 0) return "";

        var chosen = new SortedSet<(int Source, int Index)>();
        var texts = new Dictionary<(int, int), string>();
        var covered = new HashSet<QueryGroup>();
        var length = 0;
        bool Take(int source, int index, string text, bool force = false)
        {
            if (chosen.Contains((source, index))) return true;
            if (!force && length + text.Length > budget) return false;
            chosen.Add((source, index));
            texts[(source, index)] = text;
            covered.UnionWith(Covered(plan, text));
            length += text.Length;
            return true;
        }

        // The defining sentence says what the section is about; everything else hangs on it.
        Take(0, 0, units[0].Text, force: true);

        if (ask is AskKind.List or AskKind.Steps && BestList(plan, units) is { } list)
        {
            foreach (var i in list.Take(MaxItems + 1)) Take(0, i, units[i].Text, force: true);
        }
        // A section whose parts are sections of their own ("一、…" over "1、…", "2、…"): a question for its parts or
        // its steps gets each part, by the sentence that says what it is, as an item.
        else if (ask is AskKind.List or AskKind.Steps && children is { Count: > 1 })
        {
            foreach (var (child, i) in children.Take(MaxItems).Select((c, i) => (c, i)))
                if (PartSentence(child) is { } part) Take(PartsSource, i, part, force: true);
        }
        // The section above names its parts in one enumerating sentence ("如认可、赞美、关怀等"): a question about
        // a subsection is usually about the topic it belongs to, and those parts are what an answer must name.
        if (extras.Count > 0 && (ask == AskKind.List || IsAbove(extras[0], main))
            && Units(extras[0]).Select((u, i) => (u, i)).Where(x => Enumerates(x.u.Text)).OrderByDescending(x => Covered(plan, x.u.Text).Count).FirstOrDefault() is { u.Text: not null } enumeration)
            Take(1, enumeration.i, enumeration.u.Text, force: true);
        if (ask == AskKind.Reason)
        {
            foreach (var (unit, i) in units.Select((u, i) => (u, i)).Where(x => AskKinds.GivesReason(x.u.Text)).Take(2))
                Take(0, i, unit.Text);
        }

        // A short passage is said whole: the guide's sections are a sentence or two, and the second often holds the examples.
        foreach (var (unit, i) in units.Select((u, i) => (u, i)))
            if (length + unit.Text.Length > budget / 2 || !Take(0, i, unit.Text)) break;

        // Then whatever covers a part of the question not yet answered: the main passage first, then the extras.
        var candidates = units.Select((u, i) => (Source: 0, Index: i, u.Text))
            .Concat(extras.SelectMany((p, s) => Units(p).Select((u, i) => (Source: s + 1, Index: i, u.Text))))
            .Where(c => !chosen.Contains((c.Source, c.Index)))
            .Select(c => (c.Source, c.Index, c.Text, Groups: Covered(plan, c.Text)))
            .ToList();
        while (chosen.Count < MaxItems + 2)
        {
            var next = candidates
                .Where(c => !chosen.Contains((c.Source, c.Index)) && length + c.Text.Length <= budget && !texts.ContainsValue(c.Text))
                .Select(c => (Candidate: c, New: c.Groups.Count(g => !covered.Contains(g)) + (c.Groups.Count > 0 && Enumerates(c.Text) && ask == AskKind.List ? 1 : 0)))
                .Where(c => c.New > 0)
                .OrderByDescending(c => c.New).ThenBy(c => c.Candidate.Source).ThenBy(c => c.Candidate.Index)
                .FirstOrDefault();
            if (next.Candidate.Text is null) break;
            Take(next.Candidate.Source, next.Candidate.Index, next.Candidate.Text);
        }

        return Join(chosen.Select(c => (c, Text: texts[c], IsItem: (c.Source == 0 && units[c.Index].IsItem) || c.Source == PartsSource)), english);
    }

    /// <summary>The answer for a retrieval in the best passage's own language, with its section intro and a close runner-up.</summary>
    public static string Compose(RetrievalResult retrieval, KnowledgeIndex index)
    {
        var best = retrieval.Best!;
        var extras = new List<Passage>();
        // The section above usually introduces the topic and lists its parts ("如奖金、晋升、表彰等").
        if (Ancestors(best.Passage, index).FirstOrDefault() is { } parent) extras.Add(parent);
        if (retrieval.Passages.Count > 1 && retrieval.Passages[1] is { } second && second.Score >= best.Score * 0.75
            && second.Passage.SectionPath != best.Passage.SectionPath && second.Passage.Language == best.Passage.Language)
            extras.Add(second.Passage);
        return Compose(retrieval.Plan, best.Passage, extras, index.Children(best.Passage.Source, best.Passage.SectionPath));
    }

    /// <summary>The answer from another passage than the one retrieved (an English twin), with the intro of its own parent section.</summary>
    public static string Compose(QueryPlan plan, Passage main, KnowledgeIndex index) =>
        Compose(plan, main, Ancestors(main, index).Take(1).ToList(), index.Children(main.Source, main.SectionPath));

    // A part by its first sentence, which names it ("风险识别是销售风险管理的第一步。"); its heading leads when the sentence does not.
    private static string? PartSentence(Passage child)
    {
        var heading = HeadingName(child.Section[^1]);
        var first = Units(child).Select(u => u.Text).FirstOrDefault();
        if (first is null) return heading.Length > 0 ? heading : null;
        var sentence = Sentences.Split(first)[0];
        if (sentence.Length > MaxUnitChars / 2) return heading.Length > 0 ? heading : null;
        return heading.Length == 0 || sentence.Contains(heading, StringComparison.OrdinalIgnoreCase) ? sentence
            : heading + (Script.Language(heading) == "zh" ? "：" : ": ") + sentence;
    }

    // "2、风险评估" → "风险评估"; "2. Risk assessment" → "Risk assessment".
    private static string HeadingName(string heading) =>
        heading.TrimStart("0123456789一二三四五六七八九十、.,:： ".ToCharArray()).Trim();

    /// <summary>How many of the question's parts a passage names.</summary>
    public static int Relevance(QueryPlan plan, Passage passage) => Covered(plan, passage.Text).Count;

    // Items are lines of their own; a line that ends in a colon introduces them.
    private static string Join(IEnumerable<((int Source, int Index) Key, string Text, bool IsItem)> parts, bool english)
    {
        var result = new System.Text.StringBuilder();
        var previousLine = -1;
        var previousItem = false;
        foreach (var (key, text, isItem) in parts)
        {
            if (result.Length > 0)
            {
                // Items stand on lines of their own, and so does whatever follows a list.
                var newLine = isItem || previousItem || EndsWithColon(result) || (key.Source == 0 && previousLine >= 0 && key.Index != previousLine + 1 && english);
                result.Append(newLine ? "\n" : english ? " " : "");
            }
            result.Append(isItem ? "- " + text : text);
            previousLine = key.Source == 0 ? key.Index : -1;
            previousItem = isItem;
        }
        return result.ToString();
    }

    private static bool EndsWithColon(System.Text.StringBuilder text) => text.Length > 0 && text[^1] is ':' or '：';

    /// <summary>A passage's units: sentences in reading order, with the lines that are items of a list marked as such.</summary>
    internal static List<(string Text, bool IsItem, int ListStart)> Units(Passage passage)
    {
        var units = new List<(string Text, bool IsItem, int ListStart)>();
        var listStart = -1;
        foreach (var raw in passage.Text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var split = Sentences.Split(line);
            var clean = split.Where(s => !PlantedInstruction.IsPresentIn(s)).ToList();
            if (clean.Count == 0) continue;
            // A line after an introducing colon is an item of that list, until the next introduction.
            if (listStart >= 0 && !EndsWithColon(line) && line.Length <= 400 && clean.Count == split.Count)
            {
                units.Add((line, true, listStart));
                continue;
            }
            listStart = -1;
            // A short paragraph stays whole (its sentences lean on each other); a long one is cut into sentences.
            // A sentence that addresses an assistant is dropped on its own, never quoted with its neighbours.
            var sentences = line.Length <= MaxUnitChars && clean.Count == split.Count ? [line] : clean;
            foreach (var sentence in sentences) units.Add((sentence, false, -1));
            if (EndsWithColon(line) && sentences.Count > 0) listStart = units.Count - 1;
        }
        return units;
    }

    private static bool EndsWithColon(string line) => line.Length > 0 && line[^1] is ':' or '：';

    // The list (its introducing sentence and items) that covers most of the question; the first one on a tie.
    private static List<int>? BestList(QueryPlan plan, List<(string Text, bool IsItem, int ListStart)> units)
    {
        var lists = units.Select((u, i) => (u, i)).Where(x => x.u.IsItem).GroupBy(x => x.u.ListStart)
            .Select(g => (Start: g.Key, Items: g.Select(x => x.i).ToList())).ToList();
        if (lists.Count == 0) return null;
        var best = lists
            .Select(l => (List: l, Score: Covered(plan, string.Join(' ', l.Items.Prepend(l.Start).Select(i => units[i].Text))).Count))
            .OrderByDescending(l => l.Score).ThenBy(l => l.List.Start)
            .First().List;
        return [best.Start, .. best.Items];
    }

    // A sentence listing examples ("如A、B、C等") is what most questions about a topic want to hear.
    private static bool Enumerates(string sentence) =>
        sentence.Count(c => c == '、') >= 2 || sentence.Count(c => c == ',') >= 3 || (sentence.Contains(',') && sentence.Contains(" and ", StringComparison.Ordinal));

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

    private static bool IsAbove(Passage parent, Passage child) =>
        parent.Source == child.Source && parent.SectionPath != child.SectionPath && SectionPaths.IsWithin(child.SectionPath, parent.SectionPath);

    private static IEnumerable<Passage> Ancestors(Passage passage, KnowledgeIndex index)
    {
        for (var depth = passage.Section.Count - 1; depth >= 1; depth--)
        {
            var path = SectionPaths.Join(passage.Section.Take(depth));
            if (index.Intro(passage.Source, path) is { } intro) yield return intro;
        }
    }
}
