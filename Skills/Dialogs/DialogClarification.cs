namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// The clarifying question the bot asked after an unsure parse, remembered for one turn: when the user
/// taps one of the offered intents, the entities of the original message are kept rather than lost.
/// </summary>
public sealed class DialogClarification
{
    /// <summary>The intents offered, in the order shown.</summary>
    public List<string> Intents { get; set; } = [];

    /// <summary>The entities found in the unclear message.</summary>
    public List<SlotValue> Entities { get; set; } = [];
}
