namespace SalesCoach.Skills.Conversation;

/// <summary>
/// A running skill dialog's own state, stored as JSON text: the host persists conversation state with
/// Newtonsoft and no type names, so each skill serialises its own object and the core never needs to know its type.
/// </summary>
public sealed class SkillDialogState
{
    public string Name { get; set; } = string.Empty;
    public string Json { get; set; } = "{}";
}
