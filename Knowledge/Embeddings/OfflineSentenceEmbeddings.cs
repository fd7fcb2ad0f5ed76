using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// The offline sentence-embedding ranker from outside this assembly (the service registration, the benchmark), and
/// the model's costs, which the benchmark prints: loading it, and embedding one question.
/// </summary>
public static class OfflineSentenceEmbeddings
{
    /// <summary>
    /// The ranker over the shipped section cards; with a folder, the passages' vectors are cached there in one file per
    /// model (without one, every process embeds them again on its first English question).
    /// </summary>
    public static IPassageRanker CreateRanker(string? cacheDirectory, SentenceEmbeddingOptions? options = null, ILogger? logger = null)
    {
        var encoder = new MiniLmEncoder();
        var cache = new EmbeddingCache(cacheDirectory is null ? null : Path.Combine(cacheDirectory, encoder.Model + ".bin"), encoder.Model,
            shareInProcess: cacheDirectory is not null);
        return new SentenceEmbeddingRanker(encoder, cache, options ?? new SentenceEmbeddingOptions(), SectionCards.Shipped, logger ?? NullLogger.Instance);
    }

    /// <summary>Loads the model (once per process) and returns how long that took; zero when it was loaded already.</summary>
    public static TimeSpan LoadModel() => MiniLmEncoder.Load();

    /// <summary>The time to embed one text with the loaded model (the per-question cost of the ranker).</summary>
    public static TimeSpan TimeOneEncoding(string text)
    {
        var encoder = new MiniLmEncoder();
        var started = Stopwatch.GetTimestamp();
        encoder.Encode([text], CancellationToken.None);
        return Stopwatch.GetElapsedTime(started);
    }
}
