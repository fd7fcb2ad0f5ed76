using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// An intent answered the same way whatever is running (help, cancel, a language switch): heard before any form or
/// dialog continues, then the pending question comes back unless the answer says otherwise.
/// </summary>
public delegate Task<InterruptionAnswer> InterruptionHandler(InterruptionRequest request, CancellationToken cancellationToken);

/// <summary>What an interruption gets: the message, the language so far, the user and the conversation (cancel clears its stack).</summary>
/// <param name="HelpNotes">The lines the skills asked help to add (SkillDeclaration.HelpNote).</param>
public sealed record InterruptionRequest(DialogInput Input, string Locale, CoachUserState User, CoachConversationState State, IReadOnlyList<string> HelpNotes);

/// <param name="Locale">The language from now on, when the interruption changed it.</param>
/// <param name="ThenPendingQuestion">False when nothing is left to come back to (after a cancel).</param>
public sealed record InterruptionAnswer(IReadOnlyList<Reply> Replies, string? Locale = null, bool ThenPendingQuestion = true);
