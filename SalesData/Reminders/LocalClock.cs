namespace SalesCoach.Data.Reminders;

/// <summary>Local wall-clock time to an instant, with the two DST edge cases decided once.</summary>
public static class LocalClock
{
    /// <summary>
    /// A local time that does not exist (the hour skipped in spring) moves forward by the gap, as a person
    /// would read "02:30" on that night; a time that happens twice (autumn) is the first of the two, so
    /// a reminder is never late.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToUniversalTime();
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The zone for an IANA (or Windows) id; null when the system does not know it.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException) { return null; }
    }
}
