namespace SalesCoach.Bench.Reporting;

/// <summary>Everything one run measured, plus the targets it is judged against (reported, never asserted).</summary>
public sealed record BenchReport(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    BenchOptions Options,
    ServerSummary Echo,
    ServerSummary Help,
    IReadOnlyList<RoundFigures> Rounds,
    string? LoadAverageBefore,
    string? LoadAverageAfter)
{
    public const double ThroughputTarget = 0.70;
    public const double P99TargetMs = 50;

    /// <summary>Help throughput as a share of the echo floor's.</summary>
    public double ThroughputRatio => Help.TurnsPerSecond / Echo.TurnsPerSecond;
    public bool ThroughputTargetHolds => ThroughputRatio >= ThroughputTarget;
    public bool P99TargetHolds => Help.P99Ms <= P99TargetMs;
}
