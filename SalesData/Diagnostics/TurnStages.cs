using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SalesCoach.Data.Diagnostics;

/// <summary>
/// Wall time of the stages a turn goes through (waiting for the conversation's lock, state reads and
/// writes, the reference check, the skills, KPI queries), as one histogram tagged by stage, so a benchmark
/// or `dotnet-counters monitor --counters SalesCoach.Turn` can tell which stage makes a slow turn slow.
/// With nobody listening a record is one flag check.
/// </summary>
public static class TurnStages
{
    public const string MeterName = "SalesCoach.Turn";
    public const string InstrumentName = "salescoach.turn.stage.duration";
    public const string StageTag = "stage";

    public const string LockWait = "turn.lock-wait";
    public const string Reference = "turn.reference";
    public const string Handle = "turn.handle";
    public const string Save = "turn.save";
    public const string StateRead = "state.read";
    public const string StateWrite = "state.write";
    /// <summary>One SQLite transaction of state writes (SqliteStateWriter): state.write counts per write, this per commit.</summary>
    public const string StateBatch = "state.batch";
    /// <summary>A state write waiting for its batch to start (the batch before it, and the hand-over between them).</summary>
    public const string StateQueue = "state.queue";
    /// <summary>One sleep of a SQLite connection that found the write lock taken (SqliteBusyWaits): count and length of the waits.</summary>
    public const string SqliteBusy = "sqlite.busy";
    public const string KpiQuery = "kpi.query";
    public const string KpiBounds = "kpi.bounds";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(InstrumentName, "ms", "Wall time of one stage of a turn");

    /// <summary>A start for <see cref="Record"/>; cheap enough for every turn.</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    public static void Record(string stage, long start)
    {
        if (Duration.Enabled)
            Duration.Record(Stopwatch.GetElapsedTime(start).TotalMilliseconds, new KeyValuePair<string, object?>(StageTag, stage));
    }
}
