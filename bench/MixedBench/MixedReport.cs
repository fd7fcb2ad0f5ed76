using System.Globalization;
using SalesCoach.Bench.Reporting;

namespace SalesCoach.Bench.Mixed;

/// <summary>The figures of one provider at one conversation count, printed for people and as one TSV line for bench/results.</summary>
public sealed record MixedReport(
    string Provider, int Conversations, IReadOnlyList<MixedRound> Rounds, IReadOnlyDictionary<string, MixedRound> ByKind,
    string? LoadBefore, string? LoadAfter)
{
    public const double P99TargetMs = 50;

    private double Median(Func<MixedRound, double> figure) => Percentiles.Median(Rounds.Select(figure));
    private static double P(IEnumerable<MixedSample> samples, double p) => Percentiles.Of([.. samples.Select(s => s.Ms).Order()], p);

    public double TurnsPerSecond => Median(r => r.TurnsPerSecond);
    public double P50Ms => Median(r => P(r.Turns, 50));
    public double P90Ms => Median(r => P(r.Turns, 90));
    public double P99Ms => Median(r => P(r.Turns, 99));
    public double CpuMsPerTurn => Median(r => r.CpuMsPerTurn);
    public int Failures => Rounds.Sum(r => r.Turns.Count(t => !t.Ok)) + ByKind.Values.Sum(r => r.Turns.Count(t => !t.Ok));

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"== {Provider}, {Conversations} conversations, closed loop (load average {LoadBefore} before, {LoadAfter} after)");
        output.WriteLine("medians of rounds: turns/s   p50 ms   p90 ms   p99 ms   cpu ms/turn   failed");
        output.WriteLine(Inv($"{"",17} {TurnsPerSecond,8:F0} {P50Ms,8:F2} {P90Ms,8:F2} {P99Ms,8:F2} {CpuMsPerTurn,13:F2} {Failures,8}"));
        output.WriteLine(Inv($"target (20 conversations): p99 {P99Ms:F1} ms (<= {P99TargetMs} ms: {(P99Ms <= P99TargetMs ? "holds" : "MISSED")})"));
        output.WriteLine("rounds: turns/s p50 p90 p99 max (ms) cpu-ms/turn");
        foreach (var r in Rounds)
            output.WriteLine(Inv($"  {r.Round,2} {r.TurnsPerSecond,7:F0} {P(r.Turns, 50),7:F2} {P(r.Turns, 90),7:F2} {P(r.Turns, 99),7:F2} {P(r.Turns, 100),8:F1} {r.CpuMsPerTurn,6:F2}"));
        output.WriteLine("by kind: mixed rounds pooled (turns, p50, p99 ms, with card) | that kind alone (turns/s, cpu ms/turn)");
        foreach (var kind in MixedScript.Kinds)
        {
            var samples = Rounds.SelectMany(r => r.Turns).Where(t => t.Kind == kind).ToArray();
            var alone = ByKind.TryGetValue(kind, out var k) ? Inv($"{k.TurnsPerSecond,8:F0} {k.CpuMsPerTurn,8:F2}") : "       -        -";
            output.WriteLine(Inv($"  {kind,-14} {samples.Length,6} {P(samples, 50),8:F2} {P(samples, 99),8:F2} {samples.Count(s => s.Card),6} | {alone}"));
        }
    }

    /// <summary>date, commit, provider, conversations, turns/s, p50, p99, cpu ms/turn, per-kind cpu ms/turn and p99, load average.</summary>
    public string ResultLine(DateTimeOffset at, string commit)
    {
        var cpu = string.Join(' ', MixedScript.Kinds.Select(k => ByKind.TryGetValue(k, out var r) ? Inv($"{k}={r.CpuMsPerTurn:F2}") : $"{k}=-"));
        var p99 = string.Join(' ', MixedScript.Kinds.Select(k => Inv($"{k}={P(Rounds.SelectMany(r => r.Turns).Where(t => t.Kind == k), 99):F1}")));
        return string.Join('\t', at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), commit, Provider, Conversations.ToString(CultureInfo.InvariantCulture),
            Inv($"{TurnsPerSecond:F0}"), Inv($"{P50Ms:F1}"), Inv($"{P99Ms:F1}"), Inv($"{CpuMsPerTurn:F2}"), cpu, p99, LoadBefore ?? "", Failures.ToString(CultureInfo.InvariantCulture));
    }

    public const string ResultHeader = "date_utc\tcommit\tprovider\tconversations\tturns_per_s\tp50_ms\tp99_ms\tcpu_ms_per_turn\tcpu_ms_per_turn_by_kind\tp99_ms_by_kind\tload_before\tfailed";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
