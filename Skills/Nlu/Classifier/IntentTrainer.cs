using System.Collections.Frozen;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// Trains <see cref="IntentModel"/>: softmax regression by AdaGrad over shuffled epochs, with L2 decay.
/// Deterministic: the shuffles come from a fixed-seed generator of our own, and everything else is ordered,
/// so the same data gives the same model on every machine. The temperature is fitted on out-of-fold
/// predictions (k-fold), then the final model is trained on everything.
/// </summary>
public static class IntentTrainer
{
    public const int Folds = 4;
    // Chosen by `nlu cv` (14 to 30 epochs, rates 0.2 to 1.0 and L2 0 to 1e-4 were within a point of each other).
    private const int Epochs = 14;
    private const double LearningRate = 0.4;
    private const double L2 = 1e-5;

    public static LinearIntentModel Train(IReadOnlyList<LabelledFeatures> data, string dataHash)
    {
        var (classes, vocabulary, rows, labels) = Index(data);
        var outOfFold = OutOfFold(rows, labels, classes.Length, vocabulary.Count, Folds);
        var temperature = FitTemperature(outOfFold, labels);
        var (weights, bias) = Fit(rows, labels, [.. Enumerable.Range(0, rows.Length)], classes.Length, vocabulary.Count);
        return new LinearIntentModel(dataHash, classes, vocabulary, weights, bias, temperature);
    }

    /// <summary>k-fold cross-validation: each example predicted by a model that never saw it (calibrated by the others' temperature-free logits).</summary>
    public static IReadOnlyList<(string Expected, string Predicted, double Confidence)> CrossValidate(IReadOnlyList<LabelledFeatures> data, int folds)
    {
        var (classes, probabilities) = OutOfFoldProbabilities(data, folds);
        return [.. probabilities.Select((p, i) =>
        {
            var best = Array.IndexOf(p, p.Max());
            return (data[i].Intent, classes[best], p[best]);
        })];
    }

    /// <summary>Each example's calibrated probabilities (per class, in the order of the classes returned) from a model that never saw it.</summary>
    public static (string[] Classes, double[][] Probabilities) OutOfFoldProbabilities(IReadOnlyList<LabelledFeatures> data, int folds)
    {
        var (classes, vocabulary, rows, labels) = Index(data);
        var logits = OutOfFold(rows, labels, classes.Length, vocabulary.Count, folds);
        var temperature = FitTemperature(logits, labels);
        return (classes, [.. logits.Select(l => LinearIntentModel.Softmax(l, temperature))]);
    }

    private static (string[] Classes, FrozenDictionary<string, int> Vocabulary, Row[] Rows, int[] Labels) Index(IReadOnlyList<LabelledFeatures> data)
    {
        var classes = data.Select(d => d.Intent).Distinct().Order(StringComparer.Ordinal).ToArray();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in data.SelectMany(d => d.Features).Distinct().Order(StringComparer.Ordinal)) vocabulary[f] = vocabulary.Count;
        var rows = data.Select(d =>
        {
            var features = d.Features.Distinct().OrderBy(f => vocabulary[f]).ToArray();
            return new Row([.. features.Select(f => vocabulary[f])], FeatureValues.Of([.. features.Select(FeatureValues.IsWhole)]));
        }).ToArray();
        var labels = data.Select(d => Array.IndexOf(classes, d.Intent)).ToArray();
        return (classes, vocabulary.ToFrozenDictionary(StringComparer.Ordinal), rows, labels);
    }

    private sealed record Row(int[] Indices, float[] Values);

    /// <summary>Logits of every example from a model trained on the other folds (fold = position in a fixed shuffle, mod k).</summary>
    private static double[][] OutOfFold(Row[] rows, int[] labels, int classes, int features, int folds)
    {
        var order = Shuffled(rows.Length, seed: 7);
        var fold = new int[rows.Length];
        for (var i = 0; i < order.Length; i++) fold[order[i]] = i % folds;
        var logits = new double[rows.Length][];
        for (var k = 0; k < folds; k++)
        {
            var train = Enumerable.Range(0, rows.Length).Where(i => fold[i] != k).ToArray();
            var (weights, bias) = Fit(rows, labels, train, classes, features);
            for (var i = 0; i < rows.Length; i++)
                if (fold[i] == k) logits[i] = Logits(rows[i], weights, bias, classes);
        }
        return logits;
    }

    private static (float[] Weights, float[] Bias) Fit(Row[] rows, int[] labels, int[] train, int classes, int features)
    {
        var weights = new float[features * classes];
        var squares = new float[features * classes];
        var bias = new float[classes];
        var biasSquares = new float[classes];
        var random = new SplitMix(seed: 11);
        var order = (int[])train.Clone();
        var gradient = new double[classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var row = rows[i];
                var logits = Logits(row, weights, bias, classes);
                var p = LinearIntentModel.Softmax(logits, 1.0);
                for (var c = 0; c < classes; c++) gradient[c] = p[c] - (labels[i] == c ? 1 : 0);
                for (var k = 0; k < row.Indices.Length; k++)
                {
                    var at = row.Indices[k] * classes;
                    var value = row.Values[k];
                    for (var c = 0; c < classes; c++)
                    {
                        var g = gradient[c] * value + L2 * weights[at + c];
                        squares[at + c] += (float)(g * g);
                        weights[at + c] -= (float)(LearningRate * g / Math.Sqrt(squares[at + c] + 1e-8));
                    }
                }
                for (var c = 0; c < classes; c++)
                {
                    biasSquares[c] += (float)(gradient[c] * gradient[c]);
                    bias[c] -= (float)(LearningRate * gradient[c] / Math.Sqrt(biasSquares[c] + 1e-8));
                }
            }
        }
        return (weights, bias);
    }

    private static double[] Logits(Row row, float[] weights, float[] bias, int classes)
    {
        var logits = new double[classes];
        for (var c = 0; c < classes; c++) logits[c] = bias[c];
        for (var k = 0; k < row.Indices.Length; k++)
            for (var c = 0; c < classes; c++) logits[c] += weights[row.Indices[k] * classes + c] * row.Values[k];
        return logits;
    }

    /// <summary>The temperature that minimises the held-out negative log-likelihood (golden-section search on log T).</summary>
    private static double FitTemperature(double[][] logits, int[] labels)
    {
        double Loss(double logT)
        {
            var t = Math.Exp(logT);
            var loss = 0.0;
            for (var i = 0; i < logits.Length; i++) loss -= Math.Log(Math.Max(LinearIntentModel.Softmax(logits[i], t)[labels[i]], 1e-12));
            return loss;
        }
        double lo = Math.Log(0.2), hi = Math.Log(5.0);
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var step = 0; step < 40; step++)
        {
            var a = hi - ratio * (hi - lo);
            var b = lo + ratio * (hi - lo);
            if (Loss(a) < Loss(b)) hi = b; else lo = a;
        }
        return Math.Round(Math.Exp((lo + hi) / 2), 4);
    }

    private static int[] Shuffled(int count, ulong seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new SplitMix(seed).Shuffle(order);
        return order;
    }

    /// <summary>SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime (System.Random's is not promised).</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
