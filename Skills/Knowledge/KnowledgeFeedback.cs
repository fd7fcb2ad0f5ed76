using System.Text.Json;

namespace SalesCoach.Skills.Knowledge;

/// <summary>The data of a tapped feedback button, read back from the card submit.</summary>
public sealed record KnowledgeFeedback(bool Helpful, string Question, string Mode, string Source, string Section, string? Locale)
{
    public static KnowledgeFeedback? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty(KnowledgeCard.FeedbackKey, out var data) || data.ValueKind != JsonValueKind.Object)
            return null;
        if (!data.TryGetProperty("helpful", out var helpful) || helpful.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return null;
        return new KnowledgeFeedback(helpful.GetBoolean(), Text(data, "question", 1000), Text(data, "mode", 16), Text(data, "source", 256), Text(data, "section", 512),
            data.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null);
    }

    // The data comes back from the client: bounded and typed before it goes near the database.
    private static string Text(JsonElement data, string name, int max)
    {
        var text = data.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : "";
        return text.Length > max ? text[..max] : text;
    }
}
