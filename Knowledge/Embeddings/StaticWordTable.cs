using System.Text;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// A static word-embedding table distilled from a sentence model (the Model2Vec idea, at the word level): the model's
/// vector of each English word on its own, computed once, so a question can be embedded at query time as a weighted
/// mean of its words' vectors in microseconds instead of one transformer pass. Words are lower-case; a word not in the
/// table is found by its light stem ("bonuses" → the vector of "bonus"). Kept on disk as float16 (half the size,
/// a cosine changes in the fourth decimal), so loading it is reading a file, not loading the model.
/// </summary>
internal sealed class StaticWordTable
{
    private const string Magic = "SCB-WORDS1";

    private readonly Dictionary<string, float[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    public StaticWordTable(string model) => Model = model;

    public string Model { get; }

    public int Count => _words.Count;

    public int Dimensions { get; private set; }

    public bool Contains(string word) => _words.ContainsKey(word);

    /// <summary>The word's vector, else that of a word with the same light stem, else null.</summary>
    public float[]? Find(string word) =>
        _words.TryGetValue(word, out var vector) ? vector : _stems.TryGetValue(StemOf(word), out var known) ? _words[known] : null;

    // The light stemmer is not idempotent ("bonuses" → "bonus" → "bonu"): stemmed twice, the forms of a word meet.
    private static string StemOf(string word) => TermDictionary.Stem(TermDictionary.Stem(word));

    /// <summary>The mean of the table's vectors: the direction every single word's vector shares.</summary>
    /// <summary>The mean vector of those of the words the table has.</summary>
    public float[] Mean(IEnumerable<string> words)
    {
        var mean = new float[Dimensions];
        var count = 0;
        foreach (var word in words)
        {
            if (!_words.TryGetValue(word, out var vector)) continue;
            count++;
            for (var d = 0; d < Dimensions; d++) mean[d] += vector[d];
        }
        for (var d = 0; d < Dimensions && count > 0; d++) mean[d] /= count;
        return mean;
    }

    /// <summary>Embeds the words the table lacks with the model, in batches; returns how many were added.</summary>
    public int AddMissing(IEnumerable<string> words, ITextEncoder model, CancellationToken cancellationToken)
    {
        // Sorted by length: a batch pads to its longest word, so similar lengths waste the least.
        var missing = words.Where(w => !_words.ContainsKey(w)).Distinct(StringComparer.Ordinal).OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToList();
        const int Batch = 64;
        for (var i = 0; i < missing.Count; i += Batch)
        {
            var batch = missing.GetRange(i, Math.Min(Batch, missing.Count - i));
            var vectors = model.Encode(batch, cancellationToken);
            for (var j = 0; j < batch.Count; j++) Add(batch[j], vectors[j]);
        }
        return missing.Count;
    }

    internal void Add(string word, float[] vector)
    {
        Dimensions = vector.Length;
        _words[word] = vector;
        // The shortest word of a stem stands for it (the base form: "bonus" before "bonuses").
        var stem = StemOf(word);
        if (!_stems.TryGetValue(stem, out var known) || word.Length < known.Length) _stems[stem] = word;
    }

    public static StaticWordTable Load(string? path, string model)
    {
        var table = new StaticWordTable(model);
        if (path is null || !File.Exists(path)) return table;
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != model) return table;
            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            var raw = new byte[dimensions * 2];
            for (var i = 0; i < count; i++)
            {
                var word = reader.ReadString();
                reader.BaseStream.ReadExactly(raw);
                var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(raw);
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++) vector[d] = (float)halves[d];
                table.Add(word, vector);
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException)
        {
            // A damaged table is only lost time: the missing words are embedded again.
            return new StaticWordTable(model);
        }
        return table;
    }

    public void Save(string path)
    {
        if (_words.Count == 0) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Model);
            writer.Write(_words.Count);
            writer.Write(Dimensions);
            var raw = new byte[Dimensions * 2];
            foreach (var (word, vector) in _words)
            {
                writer.Write(word);
                for (var d = 0; d < Dimensions; d++) BitConverter.TryWriteBytes(raw.AsSpan(d * 2), (Half)vector[d]);
                writer.Write(raw);
            }
        }
        // Another process reading the table sees the old file or the new one, never half of one.
        File.Move(temporary, path, overwrite: true);
    }
}
