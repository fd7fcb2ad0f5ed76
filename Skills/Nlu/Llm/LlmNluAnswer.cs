using System.Text.Json;

namespace SalesCoach.Skills.Nlu.Llm;

/// <summary>
/// A model's answer, accepted only if every part checks out: a known intent, a confidence in 0..1,
/// known entity names, and spans that really occur in the user's text. A model that invents a span
/// or an intent is not half-trusted; the caller falls back to the offline result instead.
/// </summary>
internal sealed record LlmNluAnswer(string Intent, double Confidence, IReadOnlyList<EntitySpan> Entities)
{
    public static bool TryParse(string json, string text, out LlmNluAnswer? answer, out string problem)
    {
        answer = null;
        try
        {
            using var document = JsonDocument.Parse(WithoutCodeFence(json));
            return TryRead(document.RootElement, text, out answer, out problem);
        }
        catch (JsonException)
        {
            problem = "malformed JSON";
            return false;
        }
    }

    /// <summary>
    /// Local models asked for JSON by prompt only (StructuredOutput=PromptOnly) often wrap it in a
    /// markdown fence; the fence is packaging, not content, so it is the one thing forgiven.
    /// </summary>
    private static string WithoutCodeFence(string json)
    {
        var trimmed = json.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n');
        return firstLineEnd < 0 ? trimmed : trimmed[(firstLineEnd + 1)..^3];
    }

    private static bool TryRead(JsonElement root, string text, out LlmNluAnswer? answer, out string problem)
    {
        answer = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "not a JSON object";
            return false;
        }

        if (!root.TryGetProperty("intent", out var intentElement) || intentElement.ValueKind != JsonValueKind.String
            || !LlmNluCatalogue.IntentNamesAll.Contains(intentElement.GetString()!))
        {
            problem = "missing or unknown intent";
            return false;
        }

        if (!root.TryGetProperty("confidence", out var confidenceElement) || confidenceElement.ValueKind != JsonValueKind.Number
            || !confidenceElement.TryGetDouble(out var confidence) || confidence is < 0 or > 1 || double.IsNaN(confidence))
        {
            problem = "missing confidence or outside 0..1";
            return false;
        }

        if (!root.TryGetProperty("entities", out var entitiesElement) || entitiesElement.ValueKind != JsonValueKind.Array)
        {
            problem = "missing entities array";
            return false;
        }

        var entities = new List<EntitySpan>();
        foreach (var item in entitiesElement.EnumerateArray())
        {
            if (!TryReadEntity(item, text, entities, out var entity, out problem))
            {
                return false;
            }

            entities.Add(entity!);
        }

        answer = new LlmNluAnswer(intentElement.GetString()!, confidence, entities);
        problem = "";
        return true;
    }

    private static bool TryReadEntity(
        JsonElement item, string text, List<EntitySpan> found, out EntitySpan? entity, out string problem)
    {
        entity = null;
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            problem = "entity without string name and text";
            return false;
        }

        var name = nameElement.GetString()!;
        if (!LlmNluCatalogue.EntityNamesAll.Contains(name))
        {
            problem = "unknown entity name";
            return false;
        }

        var span = textElement.GetString()!.Trim();
        var start = SpanLocator.Find(text, span, found.Where(e => e.Name == name).Select(e => e.Start));
        if (span.Length == 0 || start < 0)
        {
            problem = "entity span not in the text";
            return false;
        }

        // The span is taken from the user's text, so a case-insensitive match still keeps what was typed.
        entity = new EntitySpan(name, text.Substring(start, span.Length), start, span.Length);
        problem = "";
        return true;
    }
}
