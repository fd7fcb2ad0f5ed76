namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Adds up the lexicon's weighted evidence per intent, plus what the entities say (a metric suggests a
/// figure is wanted; a target value suggests a goal), and turns the scores into confidences by a softmax
/// that includes a fixed "none" score, so weak evidence stays unsure however it is shared out.
/// </summary>
public static class IntentScorer
{
    /// <summary>The score "none" competes with: below it, the best intent is a guess.</summary>
    public const double NoneScore = 1.0;

    public static IReadOnlyList<IntentScore> Score(string folded, bool hasMetric, bool hasValue, bool hasTime)
    {
        var scores = new Dictionary<string, (double Score, List<string> Evidence)>();
        void Add(string intent, double weight, string why)
        {
            var s = scores.TryGetValue(intent, out var v) ? v : (0, new List<string>());
            s.Evidence.Add(why);
            scores[intent] = (s.Score + weight, s.Evidence);
        }
        foreach (var f in IntentLexicon.Features)
            if (f.Pattern.IsMatch(folded)) Add(f.Intent, f.Weight, f.Source);
        if (hasMetric) Add(Intents.KpiQuery, 1.5, "metric");
        if (hasMetric && hasValue) Add(Intents.GoalSet, 2.0, "metric+value");
        if (hasMetric && hasTime) Add(Intents.KpiQuery, 0.5, "metric+time");
        return [.. scores.Select(kv => new IntentScore(kv.Key, kv.Value.Score, kv.Value.Evidence)).OrderByDescending(s => s.Score)];
    }

    /// <summary>Softmax over the scores and the "none" score; returns (intent, probability), best first.</summary>
    public static IReadOnlyList<(string Intent, double Confidence)> Normalise(IReadOnlyList<IntentScore> scores)
    {
        var max = Math.Max(NoneScore, scores.Count > 0 ? scores[0].Score : 0);
        var exp = scores.Select(s => (s.Intent, E: Math.Exp(s.Score - max))).ToList();
        var total = exp.Sum(e => e.E) + Math.Exp(NoneScore - max);
        return [.. exp.Select(e => (e.Intent, e.E / total))];
    }
}
