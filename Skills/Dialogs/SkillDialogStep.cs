using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// What a skill dialog made of a message. Not handled: the message is another request; the engine answers it
/// normally, then adds <paramref name="Replies"/> (a note that the dialog is paused and how to resume).
/// </summary>
public sealed record SkillDialogStep(IReadOnlyList<Reply> Replies, bool Handled = true)
{
    public static SkillDialogStep Pass(params Reply[] note) => new(note, Handled: false);
}
