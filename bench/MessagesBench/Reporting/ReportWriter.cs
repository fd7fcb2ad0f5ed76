using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoach.Bench.Reporting;

/// <summary>Prints a report as a small table for people or as JSON (--json) for scripts.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void WriteJson(TextWriter output, BenchReport report) =>
        output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));

    public static void WriteTable(TextWriter output, BenchReport report)
    {
        var o = report.Options;
        var m = report.Machine;
        output.WriteLine(Invariant($"MessagesBench {report.StartedAt:yyyy-MM-dd HH:mm} UTC: {o.Conversations} conversations x {o.TurnsPerConversation} turns, warmup {o.Warmup}, medians of {o.Rounds} rounds"));
        output.WriteLine(Invariant($"machine: {m.Os}, {m.Runtime}, {m.ProcessorCount} cores, {(m.ServerGc ? "server" : "workstation")} GC, {m.Configuration}"));
        if (report.LoadAverageBefore is not null)
            output.WriteLine($"load average (1/5/15 min): {report.LoadAverageBefore} before, {report.LoadAverageAfter} after");
        if (o.ChangesBot)
            output.WriteLine("diagnostics on (" + string.Join(", ", Diagnostics(o)) + "): these are NOT the shipped configuration's figures");
        if (o.FloorReusesClients)
            output.WriteLine("floor: the echo bot reuses the SDK's outbound clients like the bot (--floor-reuses-clients), so help/echo is the bot's own work against an equally tuned floor");
        output.WriteLine();
        output.WriteLine("server   turns/s   p50 ms   p90 ms   p99 ms   cpu ms/turn   failures");
        foreach (var s in new[] { report.Echo, report.Help })
            output.WriteLine(Invariant($"{s.Server,-6} {s.TurnsPerSecond,9:F0} {s.P50Ms,8:F2} {s.P90Ms,8:F2} {s.P99Ms,8:F2} {s.CpuMsPerTurn,13:F2} {s.TotalFailures,10}"));
        output.WriteLine();
        output.WriteLine(Invariant($"help/echo throughput: {report.ThroughputRatio:F2} (target >= {BenchReport.ThroughputTarget:F2}: {Verdict(report.ThroughputTargetHolds)})"));
        output.WriteLine(Invariant($"help p99: {report.Help.P99Ms:F1} ms (target <= {BenchReport.P99TargetMs:F0} ms: {Verdict(report.P99TargetHolds)})"));
        output.WriteLine();
        output.WriteLine("rounds: server round turns/s p50 p90 p99 max(ms) cpu-ms/turn reply-bytes [storage: reads x mean ms, writes x mean ms]");
        foreach (var r in report.Rounds)
        {
            var storage = r.Storage is { } st ? Invariant($"  storage: {st.Reads} x {st.MeanReadMs:F2} ms, {st.Writes} x {st.MeanWriteMs:F2} ms") : string.Empty;
            output.WriteLine(Invariant($"  {r.Server,-6} {r.Round,2} {r.TurnsPerSecond,8:F0} {r.P50Ms,7:F2} {r.P90Ms,7:F2} {r.P99Ms,7:F2} {r.MaxMs,8:F1} {r.CpuMsPerTurn,6:F2} {r.MeanReplyBytes,6:F0}{storage}"));
        }
    }

    private static IEnumerable<string> Diagnostics(BenchOptions o)
    {
        if (o.MemoryStorage) yield return "--memory-storage";
        if (o.TimeStorage) yield return "--time-storage";
        if (o.MinThreads > 0) yield return $"--min-threads {o.MinThreads}";
    }

    private static string Verdict(bool holds) => holds ? "holds" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
