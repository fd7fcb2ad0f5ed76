using System.Runtime.Serialization;

namespace SalesCoach.Skills.Conversation;

/// <summary>
/// What the conversation is about right now (dialogue state beyond the open forms): the topic of the last answer,
/// the last list shown and the one thing the last answer was about. References are resolved against it
/// (Dialogs/References); the last query's slots stay in <see cref="CoachConversationState.LastCompleted"/>.
/// </summary>
public sealed class ConversationContext
{
    /// <summary>A list or focus older than this many turns is no longer what "it" or "the second one" means.</summary>
    public const int MemoryTurns = 4;

    /// <summary>Turns seen in this conversation, for the age of what was shown.</summary>
    public int Turn { get; set; }

    /// <summary>The intent the last answer served (kpi_query, reminder_list ...).</summary>
    public string? Topic { get; set; }

    public ShownList? Shown { get; set; }

    public int ShownTurn { get; set; }

    /// <summary>The single thing the last answer was about: the reminder just created, the digest just set, the rep just analysed.</summary>
    public Referent? Focus { get; set; }

    public int FocusTurn { get; set; }

    /// <summary>The last list, when recent enough to be pointed at. Derived, never stored: the host's JSON would fill it into <see cref="Shown"/> again.</summary>
    [IgnoreDataMember]
    public ShownList? RecentList => Shown is { Items.Count: > 0 } shown && Turn - ShownTurn < MemoryTurns ? shown : null;

    /// <summary>The focus, when recent enough.</summary>
    [IgnoreDataMember]
    public Referent? RecentFocus => Focus is { } focus && Turn - FocusTurn < MemoryTurns ? focus : null;
}
