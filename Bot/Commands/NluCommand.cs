using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `nlu parse "TEXT" [--locale zh-CN|en-US] [--json]` and `nlu eval UTTERANCES.jsonl --predictions OUT.jsonl`,
/// both with `[--now ISO] [--timezone TZ]` so that resolutions are reproducible (options in NluCommandDefinition).
/// </summary>
public static class NluCommand
{
    // Chinese stays readable in the output instead of \uXXXX escapes.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static int Parse(string text, bool json, NluContext context)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var recognizer = new OfflineIntentRecognizer();
        var result = recognizer.Recognize(text, context);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                intent = result.Intent,
                confidence = result.Confidence,
                isConfident = result.IsConfident,
                entities = result.Entities.Select(e => new { name = e.Name, text = e.Text, start = e.Start, length = e.Length, resolution = e.Resolution }),
                alternatives = result.Alternatives?.Select(a => new { intent = a.Intent, confidence = Math.Round(a.Confidence, 3) }),
            }, Json));
            return 0;
        }
        Console.WriteLine($"intent: {result.Intent} ({result.Confidence.ToString("0.000", CultureInfo.InvariantCulture)}{(result.IsConfident ? "" : ", unsure")})");
        foreach (var e in result.Entities)
            Console.WriteLine($"  {e.Name}: \"{e.Text}\" -> {Describe(e.Resolution)}");
        if (result.Alternatives is { Count: > 0 } alternatives)
            Console.WriteLine("  alternatives: " + string.Join(", ", alternatives.Select(a => $"{a.Intent} {a.Confidence.ToString("0.000", CultureInfo.InvariantCulture)}")));
        foreach (var score in recognizer.Explain(text, context.Locale).Take(2))
            Console.WriteLine($"  why {score.Intent}: {string.Join(", ", score.Evidence)}");
        return 0;
    }

    internal static int Eval(string file, string predictions, NluContext context)
    {
        Console.OutputEncoding = Encoding.UTF8;
        IReadOnlyList<LabelledUtterance> utterances;
        try
        {
            utterances = UtteranceFile.Read(NluPaths.Resolve(file));
        }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ex.Message);
        }
        var recognizer = new OfflineIntentRecognizer();
        var evaluation = new NluEvaluation();
        var lines = new List<string>(utterances.Count);
        foreach (var u in utterances)
        {
            var result = recognizer.Recognize(u.Text, context with { Locale = u.Lang == "en" ? "en-US" : "zh-CN" });
            var entities = PredictionEntities.From(result);
            evaluation.Add(u, result.Intent, entities);
            lines.Add(JsonSerializer.Serialize(new { id = u.Id, intent = result.Intent, confidence = result.Confidence, entities }, Json));
        }
        try
        {
            File.WriteAllLines(NluPaths.Resolve(predictions), lines);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"cannot write {predictions}: {ex.Message}");
        }
        NluEvalReport.Print(evaluation, predictions);
        return 0;
    }

    private static string Describe(object? resolution) => resolution switch
    {
        null => "(unresolved)",
        DateRange r => $"{r.Start:yyyy-MM-dd HH:mm zzz} .. {r.End:yyyy-MM-dd HH:mm zzz} (end exclusive)",
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        Amount a => $"{a.Value.ToString("0.####", CultureInfo.InvariantCulture)}{(a.Unit is null ? "" : " " + a.Unit)}",
        _ => resolution.ToString() ?? "",
    };
}
