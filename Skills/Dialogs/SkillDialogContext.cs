using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Dialogs;

/// <summary>One turn as a skill dialog sees it: the message, the language, and its own state in the conversation.</summary>
/// <param name="IsOtherRequest">The recogniser is confident the message asks for something another skill answers.</param>
public sealed class SkillDialogContext(DialogInput input, string locale, CoachConversationState conversation, string dialogName, bool isOtherRequest)
{
    public DialogInput Input { get; } = input;
    public string Locale { get; } = locale;
    public bool IsOtherRequest { get; } = isOtherRequest;

    /// <summary>The dialog's saved state (JSON), null when it is not running.</summary>
    public string? State => conversation.SkillDialog?.Name == dialogName ? conversation.SkillDialog.Json : null;

    public void Save(string json) => conversation.SkillDialog = new SkillDialogState { Name = dialogName, Json = json };

    public void End()
    {
        if (conversation.SkillDialog?.Name == dialogName) conversation.SkillDialog = null;
    }
}
