namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// A skill's form: the ordered slots it needs for one intent and the action run once they are all filled.
/// </summary>
/// <param name="Name">The intent the form serves (an <see cref="Nlu.Intents"/> value); also its name on the dialog stack.</param>
/// <param name="TitleKey">String key naming the task in a recap ("your revenue goal" ...).</param>
/// <param name="AllowsFollowUps">
/// Query-like forms answer follow-ups such as "what about last month?" by reusing the previous answer's
/// other slots; forms that create things (a goal, a reminder) must not repeat themselves that way.
/// </param>
public sealed record FormDefinition(
    string Name,
    string TitleKey,
    IReadOnlyList<SlotDefinition> Slots,
    FormAction OnCompleted,
    bool AllowsFollowUps = false)
{
    public SlotDefinition? Slot(string name) => Slots.FirstOrDefault(s => s.Name == name);
}
