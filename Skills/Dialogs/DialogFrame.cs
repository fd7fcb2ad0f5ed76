namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// One running form on the dialog stack, persisted in conversation state: plain properties only, so the
/// host's JSON (Newtonsoft, no type names) round-trips it.
/// </summary>
public sealed class DialogFrame
{
    /// <summary>The form's name, which is the intent it serves.</summary>
    public string FormName { get; set; } = string.Empty;

    /// <summary>Filled slots by slot name.</summary>
    public Dictionary<string, SlotValue> Slots { get; set; } = [];

    /// <summary>The slot whose question the user is answering now; null before the first question.</summary>
    public string? PendingSlot { get; set; }

    /// <summary>The language the frame last spoke, so a resumed or proactive re-ask uses it.</summary>
    public string Locale { get; set; } = string.Empty;
}
