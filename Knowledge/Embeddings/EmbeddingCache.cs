using System.Security.Cryptography;
using System.Text;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// Vectors of the texts a model has embedded, by the text's hash, kept in memory and (with a path) in one file, so
/// the passages of a knowledge base are embedded once, not on every start: embedding the guide's English views takes
/// seconds, reading them back milliseconds. The file names its model; another model's file is ignored and replaced.
/// The memory is the process's, per model (a text's vector never changes), so knowledge bases in one process share it.
/// </summary>
internal sealed class EmbeddingCache(string? path, string model, bool shareInProcess = true)
{
    private const string Magic = "SCB-EMB1";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, float[]>> Memory = new(StringComparer.Ordinal);

    private readonly Dictionary<string, float[]> _vectors = shareInProcess
        ? Memory.GetOrAdd(model, _ => new Dictionary<string, float[]>(StringComparer.Ordinal))
        : new Dictionary<string, float[]>(StringComparer.Ordinal);
    private bool _loaded;
    private int _saved;

    public int Count
    {
        get { lock (_vectors) { LoadOnce(); return _vectors.Count; } }
    }

    /// <summary>The vectors of the texts, in order; those not known yet are encoded together and remembered (and saved).</summary>
    public float[][] GetOrEncode(IReadOnlyList<string> texts, ITextEncoder encoder, CancellationToken cancellationToken)
    {
        var keys = texts.Select(Key).ToArray();
        lock (_vectors)
        {
            LoadOnce();
            var missing = keys.Select((k, i) => (k, i)).Where(x => !_vectors.ContainsKey(x.k)).DistinctBy(x => x.k).ToList();
            if (missing.Count > 0)
            {
                var vectors = encoder.Encode(missing.Select(m => texts[m.i]).ToList(), cancellationToken);
                for (var j = 0; j < missing.Count; j++) _vectors[missing[j].k] = vectors[j];
            }
            // The file gets what this process knows whenever it knows more than the file was last given.
            if (_vectors.Count > _saved) Save();
            return keys.Select(k => _vectors[k]).ToArray();
        }
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);

    private void LoadOnce()
    {
        if (_loaded) return;
        _loaded = true;
        if (path is null || !File.Exists(path)) return;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != model) return;
            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++) vector[d] = reader.ReadSingle();
                _vectors[key] = vector;
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException)
        {
            // A damaged cache is only lost time: what it did not give is embedded again.
        }
    }

    private void Save()
    {
        if (path is null || _vectors.Count == 0) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(model);
            writer.Write(_vectors.Count);
            writer.Write(_vectors.First().Value.Length);
            foreach (var (key, vector) in _vectors)
            {
                writer.Write(key);
                foreach (var value in vector) writer.Write(value);
            }
        }
        // Another process reading the cache sees the old file or the new one, never half of one.
        File.Move(temporary, path, overwrite: true);
        _saved = _vectors.Count;
    }
}
