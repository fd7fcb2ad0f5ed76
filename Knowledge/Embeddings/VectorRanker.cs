using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// Hybrid ranking: the passages' embeddings (computed once per passage text, in batches) against the
/// question's, fused with the BM25 ranking by reciprocal rank. Whether to answer at all stays with the lexical
/// evidence, so a vector model never makes the bot answer what the texts do not say. On error or timeout the
/// BM25 ranking stands.
/// </summary>
public sealed partial class VectorRanker(IEmbeddingGenerator<string, Embedding<float>> generator, EmbeddingOptions options, ILogger<VectorRanker> logger)
    : IPassageRanker
{
    private const int Batch = 64;
    private const int VectorCandidates = 10;
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private volatile Candidates? _candidates;

    public bool IsEnabled => true;

    public async Task<RetrievalResult> RerankAsync(string question, RetrievalResult lexical, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            var candidates = CandidatesOf(passages);
            await EmbedMissingAsync(candidates, timeout.Token).ConfigureAwait(false);
            var query = (await generator.GenerateAsync([question], cancellationToken: timeout.Token).ConfigureAwait(false))[0].Vector.ToArray();
            var byVector = candidates
                .Select(c => (c.Passage, Similarity: Cosine(query, _vectors[c.Text])))
                .OrderByDescending(x => x.Similarity)
                .Take(VectorCandidates)
                .Select(x => x.Passage)
                .ToList();
            var fused = ReciprocalRankFusion.Fuse(lexical.Passages.Select(p => p.Passage).ToList(), byVector);
            var coverage = lexical.Passages.ToDictionary(p => p.Passage, p => p.Coverage);
            var ranked = fused.Select(f => new RetrievedPassage(f.Item, f.Score, coverage.GetValueOrDefault(f.Item))).ToList();
            return lexical with { Passages = ranked };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
            return lexical;
        }
    }

    /// <summary>
    /// The passages that can be ranked, each with the text that is embedded (also the key of its vector). The
    /// passage list is a snapshot's and never changes, so this is worked out once per snapshot, not per question.
    /// </summary>
    private List<(Passage Passage, string Text)> CandidatesOf(IReadOnlyList<Passage> passages)
    {
        if (_candidates is { } cached && ReferenceEquals(cached.For, passages)) return cached.Items;
        // Playbook sections that point at an ingested guide section are represented by it (the lexical bridge did that).
        var paths = passages.Where(p => p.Kind == PassageKind.Document).Select(p => p.SectionPath).ToHashSet(StringComparer.Ordinal);
        var items = passages.Where(p => !(p.Kind == PassageKind.Playbook && p.GuideRefs.Any(paths.Contains))).Select(p => (p, Text(p))).ToList();
        _candidates = new Candidates(passages, items);
        return items;
    }

    private async Task EmbedMissingAsync(List<(Passage Passage, string Text)> candidates, CancellationToken cancellationToken)
    {
        var missing = candidates.Select(c => c.Text).Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < missing.Count; i += Batch)
        {
            var batch = missing.Skip(i).Take(Batch).ToList();
            var embeddings = await generator.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < batch.Count; j++) _vectors[batch[j]] = embeddings[j].Vector.ToArray();
        }
    }

    // What is embedded: the headings give a short passage its topic.
    private static string Text(Passage passage) => passage.SectionPath + "\n" + passage.Text;

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private sealed record Candidates(IReadOnlyList<Passage> For, List<(Passage Passage, string Text)> Items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding call failed; answering from BM25 alone")]
    private partial void LogFailed(Exception exception);
}
