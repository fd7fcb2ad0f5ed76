using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>What the dialog engine made of a turn: the replies, their language, and the form completed by it, if any.</summary>
public sealed record DialogTurnResult(string Locale, IReadOnlyList<Reply> Replies, FormCompleted? Completed = null);
