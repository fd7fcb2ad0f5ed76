using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// The analyzers, shared: SmartCn for Chinese words, CJK bigrams, English with stemming. One instance each is
/// thread-safe for analysis (Lucene keeps per-thread token stream components).
/// </summary>
internal static class TextAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly Analyzer Chinese = new SmartChineseAnalyzer(Version);
    public static readonly Analyzer Bigrams = new CJKAnalyzer(Version);
    public static readonly Analyzer English = new EnglishAnalyzer(Version);

    public static readonly Analyzer PerField = new PerFieldAnalyzerWrapper(Chinese, new Dictionary<string, Analyzer>
    {
        [Fields.Bigrams] = Bigrams,
        [Fields.English] = English,
        [Fields.CardsEnglish] = English,
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Analyzer, string), List<string>> Cache = new();

    /// <summary>Tokens of a dictionary term: the same few hundred terms are analysed for every question, so they are remembered.</summary>
    /// Question words pass through here too, so the memory is bounded.
    public static List<string> TermTokens(Analyzer analyzer, string term) =>
        Cache.TryGetValue((analyzer, term), out var tokens) ? tokens
        : Cache.Count < 20_000 ? Cache.GetOrAdd((analyzer, term), k => Tokens(k.Item1, k.Item2))
        : Tokens(analyzer, term);

    public static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
