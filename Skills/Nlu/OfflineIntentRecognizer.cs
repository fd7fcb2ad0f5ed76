using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The embedded recogniser: weighted keywords and patterns (zh, en, mixed, typo-tolerant) for the intent,
/// patterns plus Microsoft.Recognizers.Text for times, the metric catalogue, value patterns and name
/// patterns with an optional directory. Deterministic: the same text, context and directory give the same result.
/// </summary>
public sealed class OfflineIntentRecognizer(IDirectory? directory = null) : IIntentRecognizer
{
    /// <summary>Below this confidence the result is marked unsure and the bot asks instead of acting.</summary>
    public const double ConfidenceThreshold = 0.5;

    private readonly IDirectory _directory = directory ?? EmptyDirectory.Instance;

    public Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Recognize(text, context));

    public NluResult Recognize(string text, NluContext context)
    {
        // Exact core phrases and Teams menu titles are certain; no scoring (or text folding) needed.
        if ((CoreCommandRecognizer.RecognizeIntent(text) ?? MenuCommandRecognizer.Recognize(text)) is { } certain)
            return new NluResult(certain, 0.99, [], true);

        var nlu = NluText.Create(text);
        var metrics = MetricCatalogue.Find(nlu.Folded);
        var times = TimeExpressionFinder.Find(nlu.Folded);
        var unitValues = ValueFinder.Find(nlu, times, includeBareNumbers: false);
        var scores = IntentScorer.Score(nlu.Folded, metrics.Count > 0, unitValues.Count > 0, times.Count > 0);
        var ranked = IntentScorer.Normalise(scores);
        if (ranked.Count == 0 || scores[0].Score < IntentScorer.NoneScore)
        {
            // No intent, but possibly an answer or a follow-up ("上个月", "那订单量呢?", "明天下午3点"):
            // keep its entities, read as the question just asked expects (a moment or a period).
            var reading = context.ExpectedEntity == EntityNames.DateTime ? Intents.ReminderCreate : Intents.KpiQuery;
            return new NluResult(Intents.None, ranked.Count == 0 ? 0 : ranked[0].Confidence, Entities(nlu, reading, metrics, times, context), false, ranked);
        }

        var (top, confidence) = ranked[0];
        var entities = Entities(nlu, top, metrics, times, context);
        return new NluResult(top, Math.Round(confidence, 3), entities, confidence >= ConfidenceThreshold, [.. ranked.Skip(1).Take(3)]);
    }

    /// <summary>Why the intent won: each intent's score and the evidence behind it.</summary>
    public static IReadOnlyList<IntentScore> Explain(string text)
    {
        var nlu = NluText.Create(text);
        var metrics = MetricCatalogue.Find(nlu.Folded);
        var times = TimeExpressionFinder.Find(nlu.Folded);
        var values = ValueFinder.Find(nlu, times, includeBareNumbers: false);
        return IntentScorer.Score(nlu.Folded, metrics.Count > 0, values.Count > 0, times.Count > 0);
    }

    private List<EntitySpan> Entities(
        NluText nlu, string intent, IReadOnlyList<(int Start, int Length, string Name)> metrics,
        IReadOnlyList<(int Start, int Length)> times, NluContext context)
    {
        var entities = new List<EntitySpan>();
        var keptTimes = new List<(int Start, int Length)>();
        if (EntityPolicy.HasNamesAndTimes(intent))
        {
            var moment = EntityPolicy.TimeIsMoment(intent);
            foreach (var (start, length) in times)
            {
                var folded = nlu.Folded.Substring(start, length);
                if (!EntityPolicy.KeepsTime(intent, folded)) continue;
                keptTimes.Add((start, length));
                var span = nlu.Span(moment ? EntityNames.DateTime : EntityNames.Period, start, length);
                object? resolution = moment
                    ? RelativeInstant.Resolve(span.Text, context) ?? RecognizersDateTime.ResolveInstant(span.Text, context) ?? PeriodResolver.Resolve(folded, context)?.Start
                    : PeriodResolver.Resolve(folded, context);
                entities.Add(span with { Resolution = resolution });
            }
        }
        if (EntityPolicy.HasMetrics(intent))
            foreach (var (start, length, name) in metrics)
                entities.Add(nlu.Span(EntityNames.Metric, start, length, name));
        if (EntityPolicy.HasValues(intent))
        {
            var values = ValueFinder.Find(nlu, times, includeBareNumbers: intent == Intents.GoalSet);
            entities.AddRange(values);
            // "800单" names the metric as well as the target.
            if (!entities.Any(e => e.Name == EntityNames.Metric) && values.FirstOrDefault(v => v.Resolution is Amount { Unit: "单" }) is { } orders)
                entities.Add(orders with { Name = EntityNames.Metric, Resolution = "order_count" });
        }
        if (EntityPolicy.HasNamesAndTimes(intent))
        {
            var taken = entities.Select(e => (e.Start, e.Length)).ToList();
            entities.AddRange(NameFinder.Find(nlu, intent, _directory, taken));
        }
        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return entities;
    }
}
