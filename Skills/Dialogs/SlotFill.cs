namespace SalesCoach.Skills.Dialogs;

/// <summary>What one message did to a frame's slots: new values, corrected values, and values refused by a validator.</summary>
public sealed record SlotFill(
    IReadOnlyList<SlotDefinition> Filled,
    IReadOnlyList<SlotDefinition> Corrected,
    IReadOnlyList<(SlotDefinition Slot, string ErrorKey, string Text)> Refused)
{
    public bool IsEmpty => Filled.Count == 0 && Corrected.Count == 0 && Refused.Count == 0;
}
