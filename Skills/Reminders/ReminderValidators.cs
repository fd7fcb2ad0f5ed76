using System.Globalization;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Reminders;

public static class ReminderValidators
{
    /// <summary>A reminder time must be an instant after now (a reminder for yesterday can never arrive).</summary>
    public static SlotValidation Future(SlotValue value, NluContext context)
    {
        if (!TryInstant(value.Resolution, out var when)) return SlotValidation.Fail("reminders.invalid.when");
        return when > context.Now ? SlotValidation.Ok : SlotValidation.Fail("reminders.invalid.past");
    }

    public static bool TryInstant(string? resolution, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(resolution, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant) && resolution!.Length > 10;
}
