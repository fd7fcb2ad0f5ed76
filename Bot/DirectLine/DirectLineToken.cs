namespace SalesCoach.Bot.DirectLine;

/// <summary>What a validated embedded Direct Line token grants: one user in one conversation, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
