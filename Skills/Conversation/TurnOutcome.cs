namespace SalesCoach.Skills.Conversation;

/// <summary>What one turn produced: the replies and the language they are written in.</summary>
public sealed record TurnOutcome(string Locale, IReadOnlyList<Reply> Replies);
