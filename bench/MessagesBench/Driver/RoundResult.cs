namespace SalesCoach.Bench.Driver;

/// <summary>
/// One measured round against one server: every turn's latency, the wall time of the round, the mean
/// reply size and the process CPU milliseconds per turn (server and driver together).
/// </summary>
public sealed record RoundResult(string Server, int Round, int Turns, int Failures, TimeSpan Elapsed, double[] LatenciesMs, double MeanReplyBytes, double CpuMsPerTurn)
{
    /// <summary>Successful turns per second of wall time; failed turns do not count as work done.</summary>
    public double TurnsPerSecond => (Turns - Failures) / Elapsed.TotalSeconds;
}
