namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// The clarifying question the bot asked after an unsure parse, remembered for one turn: when the user
/// taps one of the offered intents, the entities of the original message are kept rather than lost.
/// </summary>
public sealed class DialogClarification
{
    /// <summary>The unclear message itself: a tap on "ask a question" must send the question, not the button's label.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The intents offered, in the order shown.</summary>
    public List<string> Intents { get; set; } = [];

    /// <summary>The entities found in the unclear message.</summary>
    public List<SlotValue> Entities { get; set; } = [];
}
