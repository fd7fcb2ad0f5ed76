namespace SalesCoach.Skills.Kpi;

/// <summary>
/// The same clock read in another zone: a question asked from a browser in New York is measured in New
/// York's calendar from its first day to the comparison period, never half in one zone and half in another.
/// </summary>
internal sealed class ZonedClock(TimeProvider inner, TimeZoneInfo zone) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => zone;
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();
    public override long GetTimestamp() => inner.GetTimestamp();
    public override long TimestampFrequency => inner.TimestampFrequency;
}
