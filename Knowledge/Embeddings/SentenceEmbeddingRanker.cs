using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// The offline sentence-embedding ranker for English questions: the question against the English views of every
/// passage that can answer it (<see cref="EnglishViews"/>), each passage by its closest view, fused with the lexical
/// ranking by reciprocal rank. Chinese questions keep the lexical ranking (the model reads English only). By default
/// both sides are embedded from a word table distilled from the model (<see cref="StaticSentenceEncoder"/>: the model
/// runs only to complete the table, once per data folder, at ingest); with the Model encoder the views' vectors are
/// computed once, at the first English question after a change of sources, and cached on disk. Whether
/// to answer at all stays with the lexical evidence (<see cref="RetrievalResult.Lexical"/>); on any failure of the
/// model the lexical ranking stands.
/// </summary>
internal sealed partial class SentenceEmbeddingRanker(ITextEncoder encoder, EmbeddingCache cache, SentenceEmbeddingOptions options,
    SectionCards? cards, ILogger logger, StaticSentenceEncoder? staticEncoder = null) : IPassageRanker
{
    private const double FullCoverage = 0.99;

    private volatile Views? _views;

    public bool IsEnabled => true;

    /// <summary>The static encoder (question and views from the distilled word table), unless the options ask for the model.</summary>
    internal StaticSentenceEncoder? Static => options.Encoder == SentenceEncoderKind.Model ? null : staticEncoder;

    /// <summary>The time spent embedding passages' views so far (first use after a change of sources), for the benchmark.</summary>
    public TimeSpan IngestTime { get; private set; }

    public Task<RetrievalResult> RerankAsync(string question, RetrievalResult lexical, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        var english = lexical.Plan.Language == "en";
        if (!english && !options.ChineseViaGlosses) return Task.FromResult(lexical);
        // The lexical first covers the whole question: there is no gap for the vectors to bridge (KeepFullMatch would
        // keep it first anyway), so the question is not embedded at all — most of the ranker's cost per question.
        if (lexical.Best is { Coverage: >= FullCoverage }) return Task.FromResult(lexical);
        try
        {
            var views = ViewsOf(passages, cancellationToken);
            if (views.Passages.Count == 0) return Task.FromResult(lexical);
            var text = english ? question : CedictGlosses.Instance.Gloss(question, 40);
            if (text.Length == 0) return Task.FromResult(lexical);
            var query = Static is { } words ? words.Embed(text) : encoder.Encode([text], cancellationToken)[0];
            var best = new Dictionary<Passage, double>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < views.Passages.Count; i++)
            {
                var similarity = Dot(query, views.Vectors[i]);
                if (!best.TryGetValue(views.Passages[i], out var known) || similarity > known) best[views.Passages[i]] = similarity;
            }
            var byVector = best.OrderByDescending(b => b.Value).Take(options.Candidates).Select(b => b.Key).ToList();
            return Task.FromResult(Fuse(lexical, byVector, options.Weight));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
            return Task.FromResult(lexical);
        }
    }

    public int Prepare(IReadOnlyList<Passage> passages, CancellationToken cancellationToken) => ViewsOf(passages, cancellationToken).Passages.Count;

    /// <summary>
    /// Reciprocal rank fusion of the two orders. The passages keep the lexical ranking's scores in order (the i-th
    /// keeps the i-th best score), so what reads scores, such as the composer's close runner-up, reads the scale it
    /// was tuned on; a passage only the vectors found gets no coverage (it never makes the bot answer).
    /// </summary>
    internal static RetrievalResult Fuse(RetrievalResult lexical, IReadOnlyList<Passage> byVector, double weight)
    {
        var found = lexical.Passages.ToDictionary(p => p.Passage, ReferenceEqualityComparer.Instance as IEqualityComparer<Passage>);
        var fused = ReciprocalRankFusion.Fuse<Passage>((lexical.Passages.Select(p => p.Passage).ToList(), 1.0), (byVector, weight)).Select(f => f.Item).ToList();
        KeepLexicalDepth(fused, lexical.Best?.Passage);
        KeepFullMatch(fused, lexical);
        var scores = lexical.Passages.Select(p => p.Score).OrderByDescending(s => s).ToList();
        var ranked = fused.Select((passage, i) =>
        {
            var score = i < scores.Count ? scores[i] : 0;
            return found.TryGetValue(passage, out var known) ? known with { Score = score } : new RetrievedPassage(passage, score, 0);
        }).Take(Math.Max(lexical.Passages.Count, 1)).ToList();
        return lexical with { Passages = ranked };
    }

    /// <summary>
    /// The vectors choose the topic; within one branch of a document (a section and its subsections) the lexical
    /// ranking chose how deep to cite (a subsection close to its intro goes first), and a section's views say little
    /// about that: when the fused first and the lexical first are one above the other, the lexical one stays first.
    /// </summary>
    private static void KeepLexicalDepth(List<Passage> fused, Passage? lexicalBest)
    {
        if (lexicalBest is null || fused.Count == 0 || ReferenceEquals(fused[0], lexicalBest)) return;
        var top = fused[0];
        if (top.Source != lexicalBest.Source) return;
        if (!SectionPaths.IsWithin(top.SectionPath, lexicalBest.SectionPath) && !SectionPaths.IsWithin(lexicalBest.SectionPath, top.SectionPath)) return;
        fused.Remove(lexicalBest);
        fused.Insert(0, lexicalBest);
    }

    /// <summary>
    /// The vectors bridge the words a question and a section do not share. When the lexical first covers the whole
    /// question and the fused first does not, there was no gap to bridge and the lexical first stays.
    /// </summary>
    private static void KeepFullMatch(List<Passage> fused, RetrievalResult lexical)
    {
        if (lexical.Best is not { Coverage: >= FullCoverage } best || fused.Count == 0 || ReferenceEquals(fused[0], best.Passage)) return;
        var top = lexical.Passages.FirstOrDefault(p => ReferenceEquals(p.Passage, fused[0]));
        if (top is { Coverage: >= FullCoverage }) return;
        fused.Remove(best.Passage);
        fused.Insert(0, best.Passage);
    }

    private Views ViewsOf(IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        if (_views is { } cached && ReferenceEquals(cached.For, passages)) return cached;
        var started = Stopwatch.GetTimestamp();
        var views = EnglishViews.Of(passages, cards, options.Views);
        var texts = views.Select(v => v.Text).ToList();
        // The static table is completed (once) and weighed on these views before anything is embedded with it; static
        // views are not cached: their vectors depend on the weights, and computing them takes microseconds.
        // Without views there is nothing to rank, and no reason to distil a table (a bot with only its own notes).
        // The shipped dictionaries' words are fixed by the build, so they are distilled when the table is new; reading
        // them again at every start would cost a second for nothing. The English passages' and views' words change.
        if (texts.Count > 0 && Static is { } table)
            table.Prepare(texts, EnglishVocabulary.Of(passages).Concat(table.Table.Count == 0 ? EnglishVocabulary.Shipped : []), cancellationToken);
        var vectors = Static is { } words ? words.Encode(texts, cancellationToken) : cache.GetOrEncode(texts, encoder, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        IngestTime += elapsed;
        LogEmbedded(views.Count, elapsed.TotalMilliseconds);
        var result = new Views(passages, views.Select(v => v.Passage).ToList(), vectors);
        _views = result;
        return result;
    }

    private static double Dot(float[] a, float[] b)
    {
        double dot = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++) dot += a[i] * b[i];
        return dot;
    }

    private sealed record Views(IReadOnlyList<Passage> For, List<Passage> Passages, float[][] Vectors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sentence-embedding ranking failed; the lexical ranking stands")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sentence embeddings: {Count} English views ready in {Milliseconds:0} ms")]
    private partial void LogEmbedded(int count, double milliseconds);
}
