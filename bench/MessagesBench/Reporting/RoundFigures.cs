using SalesCoach.Bench.Driver;
using SalesCoach.Bench.Servers;

namespace SalesCoach.Bench.Reporting;

/// <summary>The figures of one round, computed from its raw latencies.</summary>
public sealed record RoundFigures(string Server, int Round, int Turns, int Failures, double TurnsPerSecond,
    double P50Ms, double P90Ms, double P99Ms, double MaxMs, double MeanReplyBytes, double CpuMsPerTurn, StorageSample? Storage)
{
    public static RoundFigures From(RoundResult result, StorageSample? storage)
    {
        var sorted = result.LatenciesMs.Order().ToArray();
        return new RoundFigures(result.Server, result.Round, result.Turns, result.Failures, result.TurnsPerSecond,
            Percentiles.Of(sorted, 50), Percentiles.Of(sorted, 90), Percentiles.Of(sorted, 99), sorted.LastOrDefault(), result.MeanReplyBytes, result.CpuMsPerTurn, storage);
    }
}
