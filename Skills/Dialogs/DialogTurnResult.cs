using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>What the dialog engine made of a turn: the replies, their language, the form completed by it, if any, and the task that answered (the conversation's topic next).</summary>
public sealed record DialogTurnResult(string Locale, IReadOnlyList<Reply> Replies, FormCompleted? Completed = null, string? Topic = null);
