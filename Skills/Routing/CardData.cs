using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoach.Skills.Cards;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// Which skill a card submit belongs to: the id every Action.Submit of ours carries (<see cref="SkillKey"/>), or for
/// cards sent before ids existed, the shape of their data (<see cref="LegacyCardData"/>). Text-only buttons
/// (<see cref="AdaptiveCardJson.SubmitText"/>) stand for typed words and belong to no skill.
/// </summary>
public static class CardData
{
    /// <summary>The data field naming the owning skill; no card input may use this id.</summary>
    public const string SkillKey = "skill";

    /// <summary><paramref name="data"/> addressed to <paramref name="skillId"/>.</summary>
    public static JsonObject For(string skillId, JsonObject data)
    {
        data[SkillKey] = skillId;
        return data;
    }

    /// <summary>The skill the submit is addressed to, or null when it names none (a text button, an unknown shape).</summary>
    public static string? SkillOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) return null;
        if (value.TryGetProperty(SkillKey, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } named) return named;
        return LegacyCardData.SkillOf(value);
    }
}
