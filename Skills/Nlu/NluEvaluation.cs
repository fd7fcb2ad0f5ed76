namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Scores predictions against labels: intent accuracy, per-intent precision/recall, and entity
/// precision/recall/F1, micro-averaged over (name, value) pairs matched exactly.
/// </summary>
public sealed class NluEvaluation
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _perIntent = [];
    private readonly Dictionary<(string Expected, string Predicted), int> _confusions = [];
    private readonly Dictionary<string, (int Total, int Correct)> _perLanguage = [];
    private int _total, _correct, _entityTp, _entityFp, _entityFn;

    public void Add(LabelledUtterance expected, string predictedIntent, IReadOnlyDictionary<string, string> predictedEntities)
    {
        _total++;
        var language = _perLanguage.GetValueOrDefault(expected.Lang);
        _perLanguage[expected.Lang] = (language.Total + 1, language.Correct + (expected.Intent == predictedIntent ? 1 : 0));
        if (expected.Intent == predictedIntent)
        {
            _correct++;
            Bump(expected.Intent, tp: 1);
        }
        else
        {
            Bump(expected.Intent, fn: 1);
            Bump(predictedIntent, fp: 1);
            _confusions[(expected.Intent, predictedIntent)] = _confusions.GetValueOrDefault((expected.Intent, predictedIntent)) + 1;
        }
        foreach (var (name, value) in predictedEntities)
            if (expected.Entities.TryGetValue(name, out var v) && v == value) _entityTp++; else _entityFp++;
        foreach (var (name, value) in expected.Entities)
            if (!predictedEntities.TryGetValue(name, out var v) || v != value) _entityFn++;
    }

    public int Count => _total;
    public double IntentAccuracy => _total == 0 ? 0 : (double)_correct / _total;
    /// <summary>Intent accuracy per "lang" of the utterances (zh, en), in name order.</summary>
    public IEnumerable<(string Lang, double Accuracy, int Count)> PerLanguage =>
        _perLanguage.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, Ratio(kv.Value.Correct, kv.Value.Total), kv.Value.Total));

    public double EntityPrecision => Ratio(_entityTp, _entityTp + _entityFp);
    public double EntityRecall => Ratio(_entityTp, _entityTp + _entityFn);
    public double EntityF1 => EntityPrecision + EntityRecall == 0 ? 0 : 2 * EntityPrecision * EntityRecall / (EntityPrecision + EntityRecall);

    public IEnumerable<(string Intent, double Precision, double Recall, int Support)> PerIntent =>
        _perIntent.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, Ratio(kv.Value.Tp, kv.Value.Tp + kv.Value.Fp), Ratio(kv.Value.Tp, kv.Value.Tp + kv.Value.Fn), kv.Value.Tp + kv.Value.Fn));

    public IEnumerable<(string Expected, string Predicted, int Count)> Confusions =>
        _confusions.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key.Expected, kv.Key.Predicted, kv.Value));

    private void Bump(string intent, int tp = 0, int fp = 0, int fn = 0)
    {
        var c = _perIntent.GetValueOrDefault(intent);
        _perIntent[intent] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
