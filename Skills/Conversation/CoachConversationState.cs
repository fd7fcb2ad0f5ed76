namespace SalesCoach.Skills.Conversation;

/// <summary>What the bot remembers about one conversation (persisted as conversation state).</summary>
public sealed class CoachConversationState
{
    /// <summary>Set once the welcome card has been shown here, so install and first message do not both greet.</summary>
    public bool Welcomed { get; set; }

    /// <summary>The active dialogs, innermost last: the name of each running skill dialog.</summary>
    public List<string> DialogStack { get; set; } = [];
}
