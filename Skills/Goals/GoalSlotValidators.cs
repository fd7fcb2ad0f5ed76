using System.Globalization;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Goals;

/// <summary>The goal form's checks: each refusal re-asks that slot and keeps everything else the user said.</summary>
public static class GoalSlotValidators
{
    /// <summary>A person the sales directory does not know, or a region, the company or a customer, cannot own a goal.</summary>
    public static SlotValidation Owner(SlotValue value, NluContext context) => value.Resolution switch
    {
        { } r when r.StartsWith("unknown:", StringComparison.Ordinal) => SlotValidation.Fail("goal.invalid.person"),
        { } r when r.StartsWith("region:", StringComparison.Ordinal) || r == "company" || r.StartsWith("customer:", StringComparison.Ordinal)
            => SlotValidation.Fail("goal.invalid.ownerSlot"),
        _ => SlotValidation.Ok,
    };

    /// <summary>A target is a positive number ("200万", "50单", "2.5"); "很多" or "abc" is asked again.</summary>
    public static SlotValidation Target(SlotValue value, NluContext context) =>
        decimal.TryParse(value.Resolution, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? SlotValidation.Ok
            : SlotValidation.Fail("goal.invalid.targetSlot");

    /// <summary>"start/end" or "/end" (see GoalEntityNames.Deadline) as instants; a bare date means the whole of that day.</summary>
    public static (DateTimeOffset? Start, DateTimeOffset End)? Span(string? resolution, TimeZoneInfo zone)
    {
        if (string.IsNullOrEmpty(resolution)) return null;
        var parts = resolution.Split('/');
        if (Instant(parts[^1], zone, endOfDay: true) is not { } end) return null;
        var start = parts.Length > 1 && parts[0].Length > 0 ? Instant(parts[0], zone, endOfDay: false) : null;
        return (start, end);
    }

    private static DateTimeOffset? Instant(string text, TimeZoneInfo zone, bool endOfDay)
    {
        if (text.Length <= 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = (endOfDay ? date.AddDays(1) : date).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : null;
    }
}
