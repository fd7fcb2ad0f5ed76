namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// A clock the test moves by hand: the wall clock and the stopwatch (timestamps, what caches age by) move
/// together, and only on <see cref="Advance"/>.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    private long _ticks = 1_000_000;

    public override DateTimeOffset GetUtcNow() => _now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by)
    {
        _now += by;
        _ticks += by.Ticks;
    }
}
