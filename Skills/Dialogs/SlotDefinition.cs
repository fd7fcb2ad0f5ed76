namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// One slot of a form, declared as data (as Rasa's domain.yml does): which entity fills it, how it is
/// asked for and named, how it is checked.
/// </summary>
/// <param name="Name">The slot's name within its form, e.g. "owner".</param>
/// <param name="Entity">The entity that fills it (an <see cref="Nlu.EntityNames"/> value).</param>
/// <param name="QuestionKey">String key of the question asking for it, in both languages.</param>
/// <param name="LabelKey">String key of the slot's short name, used in recaps and correction confirmations.</param>
/// <param name="SuggestionKeys">String keys of suggested answers offered as quick replies with the question.</param>
/// <param name="Validator">Null means any value the recogniser found is accepted.</param>
/// <param name="Required">Optional slots are filled when given but never asked for.</param>
/// <param name="FromText">
/// When asked for and no entity of the right kind was found, take the whole message as the value
/// (Rasa's from_text): for things no gazetteer can know in advance, such as a note.
/// </param>
/// <param name="CarriedOver">
/// False for a slot that belongs to one question only (the KPI skill's "what does it mean?"): a follow-up
/// ("那上个月呢?") does not inherit it.
/// </param>
public sealed record SlotDefinition(
    string Name,
    string Entity,
    string QuestionKey,
    string LabelKey,
    IReadOnlyList<string>? SuggestionKeys = null,
    SlotValidator? Validator = null,
    bool Required = true,
    bool FromText = false,
    bool CarriedOver = true);
