using SalesCoach.Skills.Nlu;
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
/// <param name="Entities">
/// A form's own reading of a message, for details only that skill knows how to find (the KPI skill turns
/// team and region names, "我们组", "top 5 reps" into its scope and ranking entities). Null: the recogniser's entities.
/// </param>
public sealed record FormDefinition(
    string Name,
    string TitleKey,
    IReadOnlyList<SlotDefinition> Slots,
    FormAction OnCompleted,
    bool AllowsFollowUps = false,
    EntityReader? Entities = null)
{
    /// <summary>The entities this form reads from a message: the recogniser's, or the form's own reading of them.</summary>
    public IReadOnlyList<EntitySpan> EntitiesOf(DialogInput input) => Entities?.Invoke(input) ?? input.Nlu.Entities;

    public SlotDefinition? Slot(string name) => Slots.FirstOrDefault(s => s.Name == name);
}
