namespace SalesCoach.Bench.Reporting;

/// <summary>
/// One server's figures as the median across rounds: a round disturbed by a build in another worktree
/// or a GC spike moves the median far less than it moves a mean or a single long run.
/// </summary>
public sealed record ServerSummary(string Server, int Rounds, int TotalFailures, double TurnsPerSecond, double P50Ms, double P90Ms, double P99Ms, double CpuMsPerTurn)
{
    public static ServerSummary From(string server, IReadOnlyList<RoundFigures> rounds) => new(
        server,
        rounds.Count,
        rounds.Sum(r => r.Failures),
        Percentiles.Median(rounds.Select(r => r.TurnsPerSecond)),
        Percentiles.Median(rounds.Select(r => r.P50Ms)),
        Percentiles.Median(rounds.Select(r => r.P90Ms)),
        Percentiles.Median(rounds.Select(r => r.P99Ms)),
        Percentiles.Median(rounds.Select(r => r.CpuMsPerTurn)));
}
