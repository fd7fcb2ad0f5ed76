using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// An exact command that changes who the user is to the bot (the demo persona) rather than asking it
/// something: handled before understanding, because it changes user state the dialogs cannot reach.
/// </summary>
public interface ITurnCommand
{
    /// <returns>The reply when the text is this command; null to let the message through.</returns>
    Task<Reply?> TryHandleAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken);

    /// <summary>
    /// The topic (intent) whose proposal a typed yes or no answers here: goal_set for the goal draft, training_suggest
    /// for the training plan. A bare "confirm" goes first to the command of the conversation's current topic, so a
    /// plan shown minutes ago elsewhere does not take the yes meant for the draft on screen. Null: no proposal.
    /// </summary>
    string? AnswersTopic => null;
}
