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

    public bool IsEnabled => true;

    public async Task<RetrievalResult> RerankAsync(string question, RetrievalResult lexical, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            // Playbook sections that point at an ingested guide section are represented by it (the lexical bridge did that).
            var paths = passages.Where(p => p.Kind == PassageKind.Document).Select(p => p.SectionPath).ToHashSet(StringComparer.Ordinal);
            var candidates = passages.Where(p => !(p.Kind == PassageKind.Playbook && p.GuideRefs.Any(paths.Contains))).ToList();
            await EmbedMissingAsync(candidates, timeout.Token).ConfigureAwait(false);
            var query = (await generator.GenerateAsync([question], cancellationToken: timeout.Token).ConfigureAwait(false))[0].Vector.ToArray();
            var byVector = candidates
                .Select(p => (Passage: p, Similarity: Cosine(query, _vectors[Key(p)])))
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

    private async Task EmbedMissingAsync(List<Passage> passages, CancellationToken cancellationToken)
    {
        var missing = passages.Where(p => !_vectors.ContainsKey(Key(p))).DistinctBy(Key).ToList();
        for (var i = 0; i < missing.Count; i += Batch)
        {
            var batch = missing.Skip(i).Take(Batch).ToList();
            var embeddings = await generator.GenerateAsync(batch.Select(Text), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < batch.Count; j++) _vectors[Key(batch[j])] = embeddings[j].Vector.ToArray();
        }
    }

    // What is embedded: the headings give a short passage its topic.
    private static string Text(Passage passage) => passage.SectionPath + "\n" + passage.Text;

    private static string Key(Passage passage) => Text(passage);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding call failed; answering from BM25 alone")]
    private partial void LogFailed(Exception exception);
}
