using SalesCoach.Skills.Conversation;
namespace SalesCoach.Skills.Dialogs;

/// <summary>A complete form handed to its skill: the values by slot name, in the language of the conversation.</summary>
/// <param name="IsFollowUp">True when some values were carried over from the previous answer ("那上个月呢?").</param>
/// <param name="Requester">Who asked: skills that show sales data decide from it what may be shown.</param>
public sealed record FormCompleted(string FormName, IReadOnlyDictionary<string, SlotValue> Slots, string Locale, bool IsFollowUp = false, Requester? Requester = null)
{
    public SlotValue? this[string slot] => Slots.TryGetValue(slot, out var value) ? value : null;
}
