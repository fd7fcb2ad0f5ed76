using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Skills.Conversation;

/// <summary>What the bot remembers about one conversation (persisted as conversation state).</summary>
public sealed class CoachConversationState
{
    /// <summary>Set once the welcome card has been shown here, so install and first message do not both greet.</summary>
    public bool Welcomed { get; set; }

    /// <summary>
    /// The active dialogs, innermost last: the name of each running skill dialog. Kept beside
    /// <see cref="Frames"/> (same names, same order) as the cheap view logs and the plain path use.
    /// </summary>
    public List<string> DialogStack { get; set; } = [];

    /// <summary>The running forms with their filled slots, innermost last.</summary>
    public List<DialogFrame> Frames { get; set; } = [];

    /// <summary>The last completed query-like form, so "那上个月呢?" can reuse its other slots.</summary>
    public DialogFrame? LastCompleted { get; set; }

    /// <summary>The clarifying question asked on the previous turn, if any; forgotten after one turn.</summary>
    public DialogClarification? Clarification { get; set; }
}
