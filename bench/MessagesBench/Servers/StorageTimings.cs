using System.Diagnostics;

namespace SalesCoach.Bench.Servers;

/// <summary>Wall time spent inside IStorage calls (lock waits included: that is what a turn feels).</summary>
public sealed class StorageTimings
{
    private long _reads, _readTicks, _writes, _writeTicks;

    public void AddRead(long elapsedTicks) { Interlocked.Increment(ref _reads); Interlocked.Add(ref _readTicks, elapsedTicks); }
    public void AddWrite(long elapsedTicks) { Interlocked.Increment(ref _writes); Interlocked.Add(ref _writeTicks, elapsedTicks); }

    /// <summary>Counts and mean milliseconds since the last call; reset so each measured round stands alone.</summary>
    public StorageSample TakeSample()
    {
        var sample = new StorageSample(
            Interlocked.Exchange(ref _reads, 0), ToMs(Interlocked.Exchange(ref _readTicks, 0)),
            Interlocked.Exchange(ref _writes, 0), ToMs(Interlocked.Exchange(ref _writeTicks, 0)));
        return sample;
    }

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
