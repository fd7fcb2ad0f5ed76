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
        options ??= new SentenceEmbeddingOptions();
        var words = options.Encoder == SentenceEncoderKind.Model ? null
            : new StaticSentenceEncoder(cacheDirectory is null ? null : Path.Combine(cacheDirectory, encoder.Model + ".words.bin"), encoder);
        return new SentenceEmbeddingRanker(encoder, cache, options, SectionCards.Shipped, logger ?? NullLogger.Instance, words);
    }

    /// <summary>
    /// Reads the static word table from the folder (as the bot does at its first English question) and returns how long
    /// that took and how many words it holds; nothing is loaded when there is no table yet.
    /// </summary>
    public static (TimeSpan Elapsed, int Words) LoadWordTable(string cacheDirectory)
    {
        var encoder = new StaticSentenceEncoder(Path.Combine(cacheDirectory, "all-MiniLM-L6-v2.words.bin"), new MiniLmEncoder());
        var words = encoder.Table.Count;
        return (encoder.LoadTime, words);
    }

    /// <summary>How many words the ranker's static table had to distil with the model at its last preparation.</summary>
    public static int WordsAdded(IPassageRanker ranker) => ranker is SentenceEmbeddingRanker { Static: { } words } ? words.WordsAdded : 0;

    /// <summary>The static encoder of a ranker made by <see cref="CreateRanker"/>, for the benchmark's per-question timing.</summary>
    public static TimeSpan TimeOneStaticEncoding(IPassageRanker ranker, string text)
    {
        if (ranker is not SentenceEmbeddingRanker { Static: { } words }) return TimeSpan.Zero;
        var started = Stopwatch.GetTimestamp();
        words.Embed(text);
        return Stopwatch.GetElapsedTime(started);
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
