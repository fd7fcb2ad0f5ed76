using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>The mutable working set of one turn inside the dialog engine: what was said, the language so far, the replies collected.</summary>
internal sealed class TurnScope(DialogInput input, CoachUserState user, CoachConversationState state)
{
    private readonly List<Reply> _replies = [];

    public DialogInput Input { get; } = input;
    public CoachUserState User { get; } = user;
    public CoachConversationState State { get; } = state;
    public string Locale { get; set; } = input.Context.Locale;
    public FormCompleted? Completed { get; set; }

    /// <summary>The task that took the message (a form, a skill dialog, a handler), whatever the recogniser's first reading was.</summary>
    public string? Answered { get; set; }

    public void Say(Reply reply) => _replies.Add(reply);

    public void Say(IEnumerable<Reply> replies) => _replies.AddRange(replies);

    public DialogTurnResult Result() => new(Locale, _replies, Completed, Completed?.FormName ?? Answered);
}
