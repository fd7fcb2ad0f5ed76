using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The embedded recogniser: exact commands from the language files, else the trained intent classifier
/// (character n-grams, jieba words with Cilin synonyms, English stems, pattern flags), with the precise
/// pattern finders beside it for the entities (times via Microsoft.Recognizers.Text, the metric catalogue,
/// values, names with an optional directory). Deterministic: the same text, context, data and directory
/// give the same result.
/// </summary>
public sealed class OfflineIntentRecognizer(IDirectory? directory = null, IntentModel? model = null, LanguageData? language = null) : IIntentRecognizer
{
    /// <summary>Below this calibrated probability the result is marked unsure and the bot asks instead of acting.</summary>
    public const double ConfidenceThreshold = 0.5;

    private readonly IDirectory _directory = directory ?? EmptyDirectory.Instance;
    private readonly IntentModel _model = model ?? IntentModelStore.Default;
    private readonly LanguageData _language = language ?? LanguageData.Current;

    public Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Recognize(text, context));

    public NluResult Recognize(string text, NluContext context)
    {
        // Exact commands and Teams menu titles are certain; no classifying (or text folding) needed.
        if (_language.Command(text) is { } certain)
            return new NluResult(certain, 0.99, [], true);

        var nlu = NluText.Create(text);
        var flags = PatternFlags.Of(nlu, out var metrics, out var times);
        var (ranked, known) = _model.Predict(IntentFeatures.Extract(nlu.Folded, flags), _model.Shares(text, context.Locale));
        var intents = ranked.Where(r => r.Intent != Intents.None).Select(r => (r.Intent, Math.Round(r.Probability, 3))).ToList();
        if (known == 0 || flags.Bare || ranked[0].Intent == Intents.None)
        {
            // No request, but possibly an answer or a follow-up ("上个月", "那订单量呢?", "明天下午3点"):
            // keep its entities, read as the question just asked expects (a moment or a period).
            var reading = AnswerReading(context);
            var confidence = known == 0 ? 0 : Math.Round(ranked[0].Probability, 3);
            return new NluResult(Intents.None, confidence, Entities(nlu, reading, metrics, times, context), false, [.. intents.Take(3)]);
        }

        var (top, probability) = ranked[0];
        // An unsure guess while a question waits ("这个月底之前吧" read as a weak cancel) must not decide which entities
        // are read: the answer is read as the question expects.
        var unsureAnswer = probability < ConfidenceThreshold && context.ExpectedEntity is not null;
        var entities = Entities(nlu, context.Revising ?? (unsureAnswer ? AnswerReading(context) : top), metrics, times, context);
        return new NluResult(top, Math.Round(probability, 3), entities, probability >= ConfidenceThreshold, [.. intents.Skip(1).Take(3)]);
    }

    /// <summary>How a bare answer's entities are read: as the request it revises, or as the open question expects (a moment or a period).</summary>
    private static string AnswerReading(NluContext context) =>
        context.Revising ?? context.ExpectedEntity switch
        {
            EntityNames.DateTime => Intents.ReminderCreate,
            null when context.Topic is { } topic && EntityPolicy.HasNamesAndTimes(topic) => topic,
            _ => Intents.KpiQuery,
        };

    /// <summary>Why the intent won: each intent's probability and the features that pushed towards it most.</summary>
    public IReadOnlyList<IntentScore> Explain(string text, string? locale = null)
    {
        var features = IntentModelStore.Features(text);
        var shares = _model.Shares(text, locale);
        var language = shares[0].Language;
        var (ranked, _) = _model.Predict(features, shares);
        return [.. ranked.Select(r => new IntentScore(r.Intent, Math.Round(r.Probability, 4), _model.Evidence(features, r.Intent, language)))];
    }

    private List<EntitySpan> Entities(
        NluText nlu, string intent, IReadOnlyList<(int Start, int Length, string Name)> metrics,
        IReadOnlyList<(int Start, int Length)> times, NluContext context)
    {
        var entities = new List<EntitySpan>();
        if (EntityPolicy.HasNamesAndTimes(intent))
        {
            var moment = EntityPolicy.TimeIsMoment(intent);
            foreach (var (start, length) in times)
            {
                var folded = nlu.Folded.Substring(start, length);
                if (!EntityPolicy.KeepsTime(intent, folded)) continue;
                var span = nlu.Span(moment ? EntityNames.DateTime : EntityNames.Period, start, length);
                object? resolution = moment
                    // The folded text has the typos corrected ("next wensday" -> "next wednesday") for the recogniser's grammar.
                    ? RelativeInstant.Resolve(span.Text, context) ?? RecognizersDateTime.ResolveInstant(span.Text, context)
                        ?? (folded != span.Text.ToLowerInvariant() ? RecognizersDateTime.ResolveInstant(folded, context) : null) ?? PeriodResolver.Resolve(folded, context)?.Start
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
