using System.Collections.Frozen;
using System.Text;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// A trained multinomial logistic regression over sparse binary features (valued by <see cref="FeatureValues"/>), with a
/// temperature fitted on held-out folds so that its probabilities mean what they say. Immutable and
/// thread-safe; saved and loaded as a small binary file. One per language, inside <see cref="IntentModel"/>.
/// </summary>
public sealed class LinearIntentModel
{
    /// <summary>Bump when the features or the file layout change: cached models of an older version are retrained.</summary>
    public const int FormatVersion = 3;

    private const string Magic = "SCNLU";

    private readonly FrozenDictionary<string, int> _vocabulary;
    private readonly float[] _weights;
    private readonly float[] _bias;

    internal LinearIntentModel(string dataHash, string[] classes, FrozenDictionary<string, int> vocabulary, float[] weights, float[] bias, double temperature)
    {
        DataHash = dataHash;
        Classes = classes;
        _vocabulary = vocabulary;
        _weights = weights;
        _bias = bias;
        Temperature = temperature;
    }

    /// <summary>The hash of the language data the model was trained on.</summary>
    public string DataHash { get; }

    public IReadOnlyList<string> Classes { get; }

    public double Temperature { get; }

    public int FeatureCount => _vocabulary.Count;

    /// <summary>Every class with its calibrated probability, best first; and how many features the model knew.</summary>
    public (IReadOnlyList<(string Intent, double Probability)> Ranked, int Known) Predict(IReadOnlyList<string> features)
    {
        var logits = Logits(features, out var known);
        var probabilities = Softmax(logits, Temperature);
        var ranked = new (string, double)[Classes.Count];
        for (var c = 0; c < ranked.Length; c++) ranked[c] = (Classes[c], probabilities[c]);
        Array.Sort(ranked, (a, b) => b.Item2.CompareTo(a.Item2) is var d && d != 0 ? d : string.CompareOrdinal(a.Item1, b.Item1));
        return (ranked, known);
    }

    /// <summary>The features that pushed the text towards each class most, for explaining a parse.</summary>
    public IReadOnlyList<string> Evidence(IReadOnlyList<string> features, string intent, int take = 5)
    {
        var c = Array.IndexOf((string[])Classes, intent);
        if (c < 0) return [];
        return [.. features.Where(_vocabulary.ContainsKey)
            .Select(f => (f, w: _weights[_vocabulary[f] * Classes.Count + c]))
            .Where(x => x.w > 0)
            .OrderByDescending(x => x.w)
            .Take(take)
            .Select(x => $"{x.f} ({x.w:0.00})")];
    }

    internal double[] Logits(IReadOnlyList<string> features, out int known)
    {
        var classes = Classes.Count;
        var logits = new double[classes];
        for (var c = 0; c < classes; c++) logits[c] = _bias[c];
        known = 0;
        var indices = new int[features.Count];
        var whole = new bool[features.Count];
        foreach (var f in features)
            if (_vocabulary.TryGetValue(f, out var index))
            {
                whole[known] = FeatureValues.IsWhole(f);
                indices[known++] = index;
            }
        if (known == 0) return logits;
        var values = FeatureValues.Of(whole.AsSpan(0, known));
        for (var k = 0; k < known; k++)
        {
            var row = indices[k] * classes;
            for (var c = 0; c < classes; c++) logits[c] += _weights[row + c] * values[k];
        }
        return logits;
    }

    internal static double[] Softmax(double[] logits, double temperature)
    {
        var max = logits.Max();
        var exp = logits.Select(l => Math.Exp((l - max) / temperature)).ToArray();
        var total = exp.Sum();
        return [.. exp.Select(e => e / total)];
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(DataHash);
        writer.Write(Temperature);
        writer.Write(Classes.Count);
        foreach (var c in Classes) writer.Write(c);
        var features = new string[_vocabulary.Count];
        foreach (var (f, i) in _vocabulary) features[i] = f;
        writer.Write(features.Length);
        foreach (var f in features) writer.Write(f);
        foreach (var w in _weights) writer.Write(w);
        foreach (var b in _bias) writer.Write(b);
    }

    /// <summary>Reads a saved model; throws <see cref="InvalidDataException"/> for a file of another version or a damaged one.</summary>
    public static LinearIntentModel Load(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion) throw new InvalidDataException("not an intent model of this version");
            var hash = reader.ReadString();
            var temperature = reader.ReadDouble();
            var classes = new string[reader.ReadInt32()];
            for (var c = 0; c < classes.Length; c++) classes[c] = reader.ReadString();
            var count = reader.ReadInt32();
            var vocabulary = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) vocabulary[reader.ReadString()] = i;
            var weights = new float[count * classes.Length];
            for (var i = 0; i < weights.Length; i++) weights[i] = reader.ReadSingle();
            var bias = new float[classes.Length];
            for (var i = 0; i < bias.Length; i++) bias[i] = reader.ReadSingle();
            return new LinearIntentModel(hash, classes, vocabulary.ToFrozenDictionary(StringComparer.Ordinal), weights, bias, temperature);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the intent model file is cut short", ex);
        }
    }
}
