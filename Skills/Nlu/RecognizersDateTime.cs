using System.Collections;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Microsoft.Recognizers.Text DateTime, zh and en, resolving a found span to an instant or a range.
/// The models take seconds to build, so they are built once per process and shared. Parsing is serialised per
/// model: under parallel load the shared Chinese model now and then returned no resolution for a span it reads
/// fine alone ("两小时后"), so the models are not treated as thread-safe. A span parses in well under a millisecond.
/// Only spans are parsed, never whole messages: a span parses in well under the time of a sentence.
/// </summary>
public static class RecognizersDateTime
{
    private static readonly Lazy<DateTimeModel> Chinese = new(() => new DateTimeRecognizer(Culture.Chinese).GetDateTimeModel());
    private static readonly Lazy<DateTimeModel> English = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    /// <summary>Builds both models now (start-up, benchmark warm-up) instead of on the first message.</summary>
    public static void Warm()
    {
        lock (Chinese.Value) _ = Chinese.Value.Parse("明天下午3点", DateTime.Now);
        lock (English.Value) _ = English.Value.Parse("tomorrow at 3pm", DateTime.Now);
    }

    /// <summary>The first future (or, failing that, the latest) start of what <paramref name="span"/> means.</summary>
    public static DateTimeOffset? ResolveInstant(string span, NluContext context)
    {
        var local = TimeZoneInfo.ConvertTime(context.Now, context.TimeZone);
        var reference = local.DateTime;
        var model = ContainsCjk(span) ? Chinese.Value : English.Value;
        List<ModelResult> results;
        lock (model) results = model.Parse(Expand(span), reference);
        foreach (var result in results)
        {
            if (result.Resolution?["values"] is not IList values) continue;
            DateTime? best = null;
            foreach (var v in values.OfType<IDictionary<string, string>>())
            {
                var at = ValueOf(v, reference);
                if (at is null) continue;
                best = at;
                // Ambiguous spans ("周五", "3pm") come with a past and a future reading: a reminder means the future one.
                if (at.Value >= reference.Date) break;
            }
            if (best is { } b) return new DateTimeOffset(b, context.TimeZone.GetUtcOffset(b));
        }
        return null;
    }

    private static DateTime? ValueOf(IDictionary<string, string> v, DateTime reference)
    {
        var raw = v.TryGetValue("value", out var value) ? value : v.TryGetValue("start", out var start) ? start : null;
        if (raw is null) return null;
        var type = v.TryGetValue("type", out var t) ? t : "";
        if (type is "time" or "timerange")
        {
            // A bare clock time is the next time that clock shows.
            if (!TimeSpan.TryParse(raw, CultureInfo.InvariantCulture, out var clock)) return null;
            var today = reference.Date + clock;
            return today > reference ? today : today.AddDays(1);
        }
        return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
    }

    // Chat shorthand the finder accepts but the recogniser's grammar does not know ("tmrw 9am", "next qtr").
    private static readonly System.Text.RegularExpressions.Regex Shorthand = new(
        "(?<![a-z])(tmrw|tmr|tmrow|tomoro|2morrow|2moro|qtrs?|yrs?|wks?|hrs?|eod|eow)(?![a-z])",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A bare hour after a day ("tmr 9", "Friday 11") is a clock time; the grammar wants "at" before it.
    private static readonly System.Text.RegularExpressions.Regex BareHour = new(
        "(?<=(?:today|tomorrow|tonight|day)) (?=\\d{1,2}$)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Expand(string span) => BareHour.Replace(Shorthand.Replace(span, m => m.Value.ToLowerInvariant() switch
    {
        "qtr" => "quarter", "qtrs" => "quarters", "yr" => "year", "yrs" => "years", "wk" => "week", "wks" => "weeks",
        "hr" => "hour", "hrs" => "hours", "eod" => "end of day", "eow" => "end of week", _ => "tomorrow",
    }), " at ");

    internal static bool ContainsCjk(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
