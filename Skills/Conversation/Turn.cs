using System.Text.Json;

namespace SalesCoach.Skills.Conversation;

/// <summary>One incoming user message, stripped of channel details.</summary>
/// <param name="Value">The data of an Adaptive Card submit, when the message came from a card button.</param>
/// <param name="AadObjectId">Teams' Entra ID object id of the sender, when the channel gives one.</param>
/// <param name="TimeZone">The sender's time zone as the channel reports it (Teams' localTimezone, an IANA id), when it does.</param>
public sealed record Turn(
    string Text,
    string? ChannelLocale,
    string UserId,
    string? UserName,
    string ConversationId,
    string ChannelId,
    JsonElement? Value = null,
    string? AadObjectId = null,
    string? TimeZone = null);
