using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// Turns a question into weighted terms per field. Chinese: SmartCn words without question words, the domain
/// synonyms of everyday wording, and character bigrams as a safety net. English: stemmed words for English
/// texts, and the glossary's Chinese terms for Chinese texts (an English question about the Chinese guide).
/// </summary>
public static partial class QueryBuilder
{
    private const float HeadingWeight = 1.6f;
    private const float ContextWeight = 0.8f;
    private const float BigramWeight = 0.25f;
    private const float SynonymWeight = 0.8f;
    private const float SingleCharWeight = 0.3f;
    private const float CilinWeight = 0.5f;
    private const float CardWeight = 1.0f;
    private const float CedictWeight = 0.7f;
    private const int CedictPerWord = 2;

    /// <param name="signals">Which expansions to use (all by default).</param>
    /// <param name="inVocabulary">Whether a Chinese word occurs in the indexed texts: a thesaurus synonym found nowhere only costs time.</param>
    public static QueryPlan Build(string question, RetrievalSignals? signals = null, Func<string, bool>? inVocabulary = null)
    {
        signals ??= RetrievalSignals.Default;
        var text = Script.ToHalfWidth(question).Trim();
        var language = Script.Language(text);
        var groups = language == "zh" ? ChineseGroups(text, signals, inVocabulary ?? (_ => true)) : EnglishGroups(text, signals, inVocabulary ?? (_ => true));
        return new QueryPlan(question, language, groups, AsksForFigure(text));
    }

    private static List<QueryGroup> ChineseGroups(string text, RetrievalSignals signals, Func<string, bool> inVocabulary)
    {
        var groups = new List<QueryGroup>();
        var synonyms = signals.DomainSynonyms ? TermDictionary.Synonyms.Find(text) : [];
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, terms) in synonyms)
        {
            // "不请外面的人", "除了人手": what the asker rules out is not what they are asking about.
            if (IsNegated(text, key)) continue;
            // The key's own words join its group, so a word and its synonyms count once towards coverage.
            var own = TextAnalyzers.TermTokens(TextAnalyzers.Chinese, key).Where(IsContent).ToList();
            claimed.UnionWith(own);
            var chineseTerms = terms.SelectMany(t => TextAnalyzers.TermTokens(TextAnalyzers.Chinese, t)).Where(IsContent)
                .Select(t => (t, SynonymWeight)).Concat(own.Select(t => (t, 1f)));
            groups.Add(new QueryGroup(key, ChineseTerms(chineseTerms, terms.Append(key), signals.Cards)));
        }
        foreach (var token in TextAnalyzers.Tokens(TextAnalyzers.Chinese, text).Where(IsContent).Distinct())
        {
            if (claimed.Contains(token)) continue;
            var weight = token.Length == 1 && Script.IsCjk(token[0]) ? SingleCharWeight : 1f;
            var words = new List<(string, float)> { (token, weight) };
            if (signals.Cilin && token.Length >= 2) words.AddRange(CilinSynonyms(token, inVocabulary).Select(s => (s, weight * CilinWeight)));
            groups.Add(new QueryGroup(token, ChineseTerms(words, [token], signals.Cards), weight));
        }
        return groups;
    }

    // Synonyms the texts actually use, each one word as SmartCn reads it (so it can match an indexed term).
    private static IEnumerable<string> CilinSynonyms(string word, Func<string, bool> inVocabulary) =>
        CilinThesaurus.Instance.SynonymsOf(word)
            .Where(s => s.Length >= 2 && IsContent(s) && inVocabulary(s) && TextAnalyzers.TermTokens(TextAnalyzers.Chinese, s) is [var only] && only == s);

    private static List<QueryGroup> EnglishGroups(string text, RetrievalSignals signals, Func<string, bool> inVocabulary)
    {
        var groups = new List<QueryGroup>();
        // "isn't", "I'm", "what's": the contraction's tail is grammar, not a word to look for.
        var lower = Contraction().Replace(text.ToLowerInvariant().Replace('’', '\''), "");
        // The glossary sees the whole question ("go over together" is a phrase), the leftovers lose their question words.
        var translated = signals.Glossary ? TermDictionary.Glossary.Find(lower, QuestionWords.English.Contains) : [];
        var translatedStems = new HashSet<string>(translated.SelectMany(t => t.Key.Split(' ')), StringComparer.Ordinal);
        var words = WordPattern().Matches(lower).Select(m => m.Value).Where(w => !QuestionWords.English.Contains(w)).ToList();
        foreach (var (key, terms) in translated)
        {
            var english = EnglishTerms(TextAnalyzers.TermTokens(TextAnalyzers.English, key), signals.Cards);
            var chinese = ChineseTerms(terms.SelectMany(t => TextAnalyzers.TermTokens(TextAnalyzers.Chinese, t)).Where(IsContent).Select(t => (t, 1f)), terms, cards: false);
            groups.Add(new QueryGroup(key, [.. english, .. chinese]));
        }
        var bridged = signals.Cedict ? CedictWords(words, translatedStems, inVocabulary) : [];
        foreach (var word in words.Distinct())
        {
            if (translatedStems.Contains(TermDictionary.Stem(word))) continue;
            var stems = TextAnalyzers.TermTokens(TextAnalyzers.English, word);
            if (stems.Count == 0) continue;
            // Names (Zoho, Excel, CRM) are written in Latin letters inside Chinese texts too.
            var terms = EnglishTerms(stems, signals.Cards).Append(new QueryTerm(Fields.Chinese, word, 1f)).ToList();
            if (bridged.TryGetValue(word, out var chinese))
                terms.AddRange(ChineseTerms(chinese.Select(c => (c, CedictWeight)), [], cards: false));
            groups.Add(new QueryGroup(word, terms));
        }
        return groups;
    }

    // CC-CEDICT's Chinese words for the question's words the glossary left (a phrase's words go to its first word),
    // only those the indexed texts use and that are one word to the segmenter, at most a few per word.
    private static Dictionary<string, List<string>> CedictWords(List<string> words, HashSet<string> translatedStems, Func<string, bool> inVocabulary)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var left = words.Where(w => !translatedStems.Contains(TermDictionary.Stem(w))).ToList();
        foreach (var (start, _, chinese) in CedictDictionary.Instance.Find(left.Select(TermDictionary.Stem).ToList()))
        {
            var usable = chinese.Where(c => inVocabulary(c) && IsOneWord(c)).Take(CedictPerWord).ToList();
            if (usable.Count == 0) continue;
            if (!result.TryGetValue(left[start], out var list)) result[left[start]] = list = [];
            list.AddRange(usable.Except(list));
        }
        return result;
    }

    // Whether the segmenter reads a dictionary word as one word (only then can it match an indexed term); the same
    // few hundred words come up again and again, and segmenting is the costly part of a lookup.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> OneWord = new(StringComparer.Ordinal);

    private static bool IsOneWord(string word) =>
        OneWord.TryGetValue(word, out var known) ? known
            : OneWord.Count < 50_000 ? OneWord.GetOrAdd(word, w => TextAnalyzers.TermTokens(TextAnalyzers.Chinese, w) is [var only] && only == w)
            : TextAnalyzers.TermTokens(TextAnalyzers.Chinese, word) is [var single] && single == word;

    private static List<QueryTerm> ChineseTerms(IEnumerable<(string Term, float Weight)> words, IEnumerable<string> phrases, bool cards)
    {
        var terms = new List<QueryTerm>();
        foreach (var (term, weight) in words.DistinctBy(w => w.Term))
        {
            terms.Add(new QueryTerm(Fields.Chinese, term, weight));
            terms.Add(new QueryTerm(Fields.Headings, term, weight * HeadingWeight));
            terms.Add(new QueryTerm(Fields.Context, term, weight * ContextWeight));
            if (cards) terms.Add(new QueryTerm(Fields.Cards, term, weight * CardWeight));
        }
        foreach (var bigram in phrases.SelectMany(p => TextAnalyzers.TermTokens(TextAnalyzers.Bigrams, Script.ToHalfWidth(p))).Where(b => b.Length == 2).Distinct())
            terms.Add(new QueryTerm(Fields.Bigrams, bigram, BigramWeight));
        return terms;
    }

    private static IEnumerable<QueryTerm> EnglishTerms(IEnumerable<string> stems, bool cards) =>
        stems.SelectMany(s => cards ? [new QueryTerm(Fields.English, s, 1f), new QueryTerm(Fields.CardsEnglish, s, CardWeight)] : new[] { new QueryTerm(Fields.English, s, 1f) });

    private static bool IsNegated(string text, string key)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0) return false;
        var before = text[Math.Max(0, at - 3)..at];
        return before.Contains("除了", StringComparison.Ordinal) || before.EndsWith('不') || before.EndsWith("不请", StringComparison.Ordinal)
            || before.EndsWith('没') || before.EndsWith('别') || before.EndsWith('无') || before.EndsWith('非') || NegatingVerb().IsMatch(before);
    }

    private static bool IsContent(string token) =>
        !QuestionWords.Chinese.Contains(token) && token.Any(c => Script.IsCjk(c) || char.IsLetterOrDigit(c));

    /// <summary>Prices, rates, durations, dates, origins: facts a how-to text does not give unless it has figures.</summary>
    private static bool AsksForFigure(string text) => FigureQuestion().IsMatch(text);

    [GeneratedRegex(@"多少钱|多少费用|费用|价格是多少|多少|几个点|百分点|税率|比例|几年|几个月|几倍|几成|多久|多长时间|哪一年|最早|最先|哪家公司|谁发明|百分之|有多大|规模|占比|how much|how big|market size|what share|how many (years|months|days)|how long|what percentage|what rate|\brate\b|\bcost of\b|what does .{0,40}\bcost\b|\bprice of\b|\bfee\b|\bsalary\b|when was|who invented|which company|\bfirst\b.*\bever\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureQuestion();

    [GeneratedRegex(@"(不|没|别|无需|不用)(请|靠|找|用|要)$")]
    private static partial Regex NegatingVerb();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[a-z])('(m|s|re|ve|ll|d)|n't)\b")]
    private static partial Regex Contraction();
}
