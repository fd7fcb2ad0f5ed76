namespace SalesCoach.Tests.Proactive;

/// <summary>
/// Real time moved to another date: it runs at the real pace (Quartz's scheduler thread waits in real time,
/// so a stopped fake clock never fires), but "now" is whatever instant a test needs — the day a zone
/// changes to summer time, a minute before a reminder is due.
/// </summary>
public sealed class OffsetClock(DateTimeOffset startsAt) : TimeProvider
{
    private readonly TimeSpan _offset = startsAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    /// <summary>The real instant a reading of this clock corresponds to (the connector stand-in records real time).</summary>
    public DateTimeOffset ToClock(DateTimeOffset real) => real + _offset;
}
