using System.Text.Json;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Routing;

/// <summary>A card button's data as it came back (with the card's input values merged in), and who pressed it where.</summary>
/// <param name="Text">The text the button carries (its data's "text"), empty when it carries none.</param>
public sealed record CardSubmit(JsonElement Data, string Text, Requester Requester, CoachUserState User, string Locale, string ConversationId);

/// <summary>A skill's answer to its card button; <paramref name="Locale"/> when the card's own language should answer.</summary>
public sealed record CardAnswer(IReadOnlyList<Reply> Replies, string? Locale = null)
{
    public static CardAnswer Of(Reply reply) => new([reply]);
}
