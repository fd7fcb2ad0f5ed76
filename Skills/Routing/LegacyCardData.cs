using System.Text.Json;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// Cards already in users' Teams chats were sent before submits named their skill; their buttons must keep working.
/// Each row is the data field that only that skill's buttons ever carried. Add a row only for a shape that was once
/// sent; never remove one while such cards may still be tapped (chats keep them for years).
/// </summary>
public static class LegacyCardData
{
    /// <summary>(field, skill id): a submit carrying the field belongs to the skill.</summary>
    public static readonly IReadOnlyList<(string Field, string Skill)> Table =
    [
        ("reminderAction", "reminders"), // reminder card: snooze / done / cancel, with reminderId
        ("goalAction", "goals"),         // goal confirmation card: confirm / edit / cancel, with goalId and the edited inputs
        ("riskAction", "risk"),          // risk checklist: rate (with riskKey) and the result's save (with assessmentId)
        ("kbFeedback", "knowledge"),     // knowledge answer: helpful / not helpful
    ];

    /// <summary>Field prefixes of card inputs only one skill's cards hold (the training plan's per-session toggles).</summary>
    public static readonly IReadOnlyList<(string Prefix, string Skill)> Prefixes =
    [
        ("trainingItem", "training"),    // training plan card: Accept, with a toggle per session
    ];

    public static string? SkillOf(JsonElement value)
    {
        foreach (var (field, skill) in Table)
            if (value.TryGetProperty(field, out _)) return skill;
        foreach (var property in value.EnumerateObject())
            foreach (var (prefix, skill) in Prefixes)
                if (property.Name.StartsWith(prefix, StringComparison.Ordinal)) return skill;
        return null;
    }
}
