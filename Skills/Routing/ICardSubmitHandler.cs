using System.Text.Json;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// A card button whose meaning is in its data (a reminder's Done with the reminder's id), not in any text:
/// offered the submit data before the message is understood.
/// </summary>
public interface ICardSubmitHandler
{
    /// <returns>The reply when the data is this handler's; null to let the turn through.</returns>
    Task<Reply?> TryHandleAsync(JsonElement value, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken);
}
