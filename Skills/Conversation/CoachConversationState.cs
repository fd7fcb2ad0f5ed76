using System.Runtime.Serialization;
using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Skills.Conversation;

/// <summary>What the bot remembers about one conversation (persisted as conversation state).</summary>
public sealed class CoachConversationState
{
    /// <summary>Set once the welcome card has been shown here, so install and first message do not both greet.</summary>
    public bool Welcomed { get; set; }

    /// <summary>
    /// The names of the running forms, innermost last: a view of <see cref="Frames"/> for logs and tests.
    /// Derived, so it is never stored and can never disagree with the frames.
    /// </summary>
    [IgnoreDataMember]
    public IReadOnlyList<string> DialogStack => Frames.Select(f => f.FormName).ToList();

    /// <summary>The running forms with their filled slots, innermost last.</summary>
    public List<DialogFrame> Frames { get; set; } = [];

    /// <summary>The last completed query-like form, so "那上个月呢?" can reuse its other slots.</summary>
    public DialogFrame? LastCompleted { get; set; }

    /// <summary>The running skill dialog (one at a time, e.g. a risk check), paused while a form runs on top of it.</summary>
    public SkillDialogState? SkillDialog { get; set; }

    /// <summary>The once-per-conversation notices already shown here (ReplyNotice keys).</summary>
    public List<string> NoticesShown { get; set; } = [];

    /// <summary>The topic and what the last answers showed, for references and follow-ups.</summary>
    public ConversationContext Context { get; set; } = new();

    /// <summary>The clarifying question asked on the previous turn, if any; forgotten after one turn.</summary>
    public DialogClarification? Clarification { get; set; }
}
