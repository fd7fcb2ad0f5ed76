using System.Text.Json;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Reminders;

/// <summary>A tap on a reminder card's button: the action and the reminder id come from the card's data, checked against the owner.</summary>
public sealed class ReminderCardSubmit(ReminderManager manager) : ICardSubmitHandler
{
    public async Task<Reply?> TryHandleAsync(JsonElement value, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken)
    {
        if (!value.TryGetProperty(ReminderCard.ActionField, out var action) || action.ValueKind != JsonValueKind.String) return null;
        if (!value.TryGetProperty(ReminderCard.IdField, out var idValue)) return null;
        long id;
        if (idValue.ValueKind == JsonValueKind.Number && idValue.TryGetInt64(out var n)) id = n;
        else if (idValue.ValueKind == JsonValueKind.String && long.TryParse(idValue.GetString(), out var parsed)) id = parsed;
        else return null;
        return await manager.ActAsync(requester, id, action.GetString()!, locale, cancellationToken);
    }
}
