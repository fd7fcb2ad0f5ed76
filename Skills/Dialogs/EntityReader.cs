using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>A form's own reading of a message's entities (see FormDefinition.Entities).</summary>
public delegate IReadOnlyList<EntitySpan> EntityReader(DialogInput input);
