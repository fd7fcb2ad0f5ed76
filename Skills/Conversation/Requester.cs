namespace SalesCoach.Skills.Conversation;

/// <summary>Who sent a message, as the skills need it to decide what the user may see.</summary>
/// <param name="UserId">The channel's user id (Teams 29:..., Direct Line dl_..., the CLI's --user).</param>
/// <param name="AadObjectId">Teams' Entra ID object id: the stable key a Teams user is matched on.</param>
/// <param name="DemoPersona">The demo user this person chose to act as ("扮演 王芳"); honoured in demo mode only.</param>
/// <param name="TimeZone">The zone the user's times were read in (theirs from Teams, else the company's), an IANA id.</param>
/// <param name="Submitted">The data of the card button pressed (Turn.Value, with the card's inputs), so a skill reads edited fields.</param>
public sealed record Requester(string UserId, string ChannelId, string? AadObjectId = null, string? Name = null, string? DemoPersona = null,
    string? TimeZone = null, System.Text.Json.JsonElement? Submitted = null);
