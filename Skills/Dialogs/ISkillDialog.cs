namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// A multi-turn dialog a form cannot express (a variable list of answers, card inputs read from the submit's
/// value): the skill keeps its own small JSON state in the conversation, the engine still owns routing,
/// interruptions (cancel, help, language) and the pause/resume around other requests.
/// </summary>
public interface ISkillDialog
{
    /// <summary>The intent that starts it; also its name in conversation state.</summary>
    string Name { get; }

    Task<IReadOnlyList<Conversation.Reply>> StartAsync(SkillDialogContext context, CancellationToken cancellationToken);

    /// <summary>A message while the dialog is active; <see cref="SkillDialogStep.Handled"/> false lets the engine route it elsewhere.</summary>
    Task<SkillDialogStep> ContinueAsync(SkillDialogContext context, CancellationToken cancellationToken);

    /// <summary>The pending question again, after an interruption (help, a language switch).</summary>
    Conversation.Reply Reprompt(SkillDialogContext context);
}
