using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// The one contract between a skill and the engine: what it is called (its id, which its cards carry), what it
/// answers (intents with a form, a dialog or a one-turn handler, declared in <see cref="Declare"/>), the exact
/// commands it hears before understanding, and its card buttons. Registered with
/// <c>services.AddSkill&lt;T&gt;()</c>; the engine asks nothing of a skill outside this interface.
/// </summary>
public interface ISkill
{
    /// <summary>
    /// Short and stable ("reminders"): written into every card submit the skill sends (<see cref="CardData.SkillKey"/>),
    /// so cards already in users' chats come back to it after any release. Never rename one; retire it instead.
    /// </summary>
    string Id { get; }

    /// <summary>The intents the skill owns and how each is answered, the referents it acts on, its help notes.</summary>
    void Declare(SkillDeclaration skill);

    /// <summary>
    /// A tap on one of this skill's card buttons (routed here by the id in its data). Null lets the turn go on as the
    /// message the button carries (its data's "text"), with the data still in <see cref="Requester.Submitted"/>: how a
    /// running dialog reads its card's inputs.
    /// </summary>
    Task<CardAnswer?> OnCardSubmitAsync(CardSubmit submit, CancellationToken cancellationToken) => Task.FromResult<CardAnswer?>(null);

    /// <summary>
    /// An exact command heard before the message is understood ("扮演 王芳", "接受培训计划 12", "确认"): for commands
    /// that name stored things by id or change who the user is. Null lets the message through.
    /// </summary>
    Task<Reply?> OnCommandAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken) =>
        Task.FromResult<Reply?>(null);

    /// <summary>
    /// The topic (intent) whose proposal a typed yes or no answers here: goal_set for the goal draft, training_suggest
    /// for the training plan. A bare "confirm" goes first to the skill of the conversation's current topic, so a plan
    /// shown minutes ago elsewhere does not take the yes meant for the draft on screen. Null: no proposal.
    /// </summary>
    string? AnswersTopic => null;
}
