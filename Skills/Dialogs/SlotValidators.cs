using System.Globalization;

namespace SalesCoach.Skills.Dialogs;

/// <summary>Stock validators skills combine with their own; each error key is in both string files.</summary>
public static class SlotValidators
{
    /// <summary>A target must resolve to a number (the recogniser resolves 200万 to 2000000, 95% to 0.95 ...).</summary>
    public static SlotValidation Numeric(SlotValue value, Nlu.NluContext context) =>
        double.TryParse(value.Resolution, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? SlotValidation.Ok
            : SlotValidation.Fail("dialog.invalid.number");

    /// <summary>
    /// A deadline or reminder time must not be over: an instant must be after now, a range
    /// ("start/end", ISO 8601) must end after now. Values that do not resolve to a date are refused too.
    /// </summary>
    public static SlotValidation InTheFuture(SlotValue value, Nlu.NluContext context)
    {
        var end = value.Resolution?.Split('/').Last();
        if (!DateTimeOffset.TryParse(end, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            return SlotValidation.Fail("dialog.invalid.date");
        // A bare date ("2026-06-30") means the whole day, so it is still valid on that day.
        if (end!.Length <= 10) when = when.AddDays(1);
        return when > context.Now ? SlotValidation.Ok : SlotValidation.Fail("dialog.invalid.past");
    }
}
