using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>Checks one candidate slot value; the context gives "now" and the time zone for date rules.</summary>
public delegate SlotValidation SlotValidator(SlotValue value, NluContext context);
