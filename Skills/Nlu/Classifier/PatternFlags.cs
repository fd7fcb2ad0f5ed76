using System.Text.RegularExpressions;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// What the precise pattern finders saw in the text, given to the classifier as features of their own;
/// and whether the message is nothing but those findings ("上个月", "800单", "明天上午10点", "那订单量呢?"):
/// a bare answer or follow-up that carries no request of its own.
/// </summary>
public readonly record struct PatternFlags(bool Metric, bool Time, bool Value, bool Bare)
{
    private static readonly Lazy<Regex> Markers = new(() => Words("marker"));
    private static readonly Lazy<Regex> Fillers = new(() => Words("filler"));

    private static readonly Regex Punctuation = new(@"[\s\p{P}\p{S}]+", PhrasePattern.Options);

    /// <summary>Runs the finders the recogniser uses on the folded text.</summary>
    public static PatternFlags Of(NluText text, out IReadOnlyList<(int Start, int Length, string Name)> metrics, out IReadOnlyList<(int Start, int Length)> times)
    {
        metrics = MetricCatalogue.Find(text.Folded);
        times = TimeExpressionFinder.Find(text.Folded);
        var values = ValueFinder.Find(text, times, includeBareNumbers: false);
        return new PatternFlags(metrics.Count > 0, times.Count > 0, values.Count > 0, IsBare(text, metrics, times, values));
    }

    /// <summary>
    /// Nothing left once the times, values and metrics are taken out, beyond follow-up markers ("那…呢", "what
    /// about"), fillers ("的", "the") and punctuation. A metric alone is a request ("销售额?"), so it only counts with a follow-up word.
    /// </summary>
    private static bool IsBare(NluText text, IReadOnlyList<(int Start, int Length, string Name)> metrics,
        IReadOnlyList<(int Start, int Length)> times, IReadOnlyList<EntitySpan> values)
    {
        if (times.Count == 0 && values.Count == 0 && metrics.Count == 0) return false;
        var covered = new bool[text.Folded.Length];
        foreach (var (start, length) in times.Concat(metrics.Select(m => (m.Start, m.Length))))
            Array.Fill(covered, true, start, length);
        var residual = new char[text.Folded.Length];
        for (var i = 0; i < residual.Length; i++) residual[i] = covered[i] ? ' ' : text.Folded[i];
        var rest = new string(residual);
        foreach (var v in values) rest = rest.Replace(v.Text.ToLowerInvariant(), " ", StringComparison.Ordinal);
        var withoutMarkers = Markers.Value.Replace(rest, " ");
        var followUp = withoutMarkers != rest;
        if (Punctuation.Replace(Fillers.Value.Replace(withoutMarkers, " "), "").Length > 0) return false;
        return metrics.Count == 0 || followUp;
    }

    /// <summary>The language files' follow_up words of one kind (marker: "那…呢", "what about"; filler: "的", "the"), longest first.</summary>
    private static Regex Words(string kind) => new(
        string.Join('|', LanguageData.Current.Synonyms("follow_up").Where(s => s.Value == kind)
            .Select(s => PhrasePattern.Wrap(Regex.Escape(s.Phrase).Replace(@"\ ", " ", StringComparison.Ordinal)))
            .OrderByDescending(p => p.Length)),
        PhrasePattern.Options);
}
