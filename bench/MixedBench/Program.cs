using System.Net;
using SalesCoach.Bench.Kpi;
using SalesCoach.Bench.Mixed;
using SalesCoach.Bench.Reporting;

// Mixed turns (KPI question and follow-up, goal progress, reminder list, knowledge question, help) through
// POST /api/messages on the seeded demo company, per database provider and conversation count.
// A benchmark prints figures; it does not pass or fail (exit 1 only if turns failed, 2 on bad arguments).
if (!BenchStart.TryParse(args, MixedBenchOptions.Parse, MixedBenchOptions.Usage, out var options)) return BenchStart.BadArguments;

using var cancellation = BenchStart.CancelOnCtrlC();
var token = cancellation.Token;
var progress = Console.Error;
var startedAt = DateTimeOffset.UtcNow;
Console.WriteLine(BenchStart.Header("MixedBench", startedAt));
Console.WriteLine($"{options.TurnsPerConversation} turns per conversation per round, {options.Rounds} rounds, warm-up {options.Warmup}, {options.KindTurns} turns per conversation per kind alone; cycle: {string.Join(", ", MixedScript.Kinds)}");

var reports = new List<MixedReport>();
using var stageTimings = new StageTimings();
foreach (var provider in options.Providers)
{
    await using var server = await KpiServer.StartAsync(provider, new KpiBenchOptions { Postgres = options.Postgres }, progress, token);
    foreach (var conversations in options.Conversations)
    {
        var loadBefore = LoadAverage.Read();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(conversations * 2, 16),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        }) { Timeout = TimeSpan.FromSeconds(30) };
        var driver = new MixedDriver(client, provider, conversations, options.ShowAnswers ? progress : null);
        if (options.Warmup > 0)
        {
            var warm = await driver.RunAsync(server.MessagesEndpoint, 0, options.Warmup, token);
            progress.WriteLine($"{provider} x{conversations} warm-up: {warm.Turns.Length} turns, {warm.Turns.Count(t => !t.Ok)} failed");
            // Tiered JIT recompiles hot methods in the background once calls pause; let it finish.
            await Task.Delay(TimeSpan.FromSeconds(2), token);
        }
        var rounds = new List<MixedRound>();
        var stages = new Dictionary<string, List<double>>();
        for (var r = 1; r <= options.Rounds; r++)
        {
            Settle();
            stageTimings.Take();
            var round = await driver.RunAsync(server.MessagesEndpoint, r, options.TurnsPerConversation, token);
            foreach (var (stage, values) in stageTimings.Take())
                (stages.TryGetValue(stage, out var pooled) ? pooled : stages[stage] = []).AddRange(values);
            rounds.Add(round);
            progress.WriteLine($"{provider} x{conversations} round {r}: {round.TurnsPerSecond:F0} turns/s, {round.CpuMsPerTurn:F2} cpu ms/turn");
        }
        var byKind = new Dictionary<string, MixedRound>();
        if (options.KindTurns > 0)
        {
            foreach (var kind in MixedScript.Kinds)
            {
                Settle();
                byKind[kind] = await driver.RunKindAsync(server.MessagesEndpoint, kind, options.KindTurns, token);
                progress.WriteLine($"{provider} x{conversations} {kind} alone: {byKind[kind].CpuMsPerTurn:F2} cpu ms/turn");
            }
        }
        var report = new MixedReport(provider, conversations, rounds, byKind, loadBefore, LoadAverage.Read());
        report.Write(Console.Out);
        StageTimings.Write(Console.Out, stages, rounds.Sum(r => r.Turns.Length));
        reports.Add(report);
    }
}

if (options.Results is { } results)
{
    var commit = Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "unknown";
    var header = !File.Exists(results) || new FileInfo(results).Length == 0;
    await using var writer = File.AppendText(results);
    if (header) await writer.WriteLineAsync(MixedReport.ResultHeader);
    foreach (var report in reports) await writer.WriteLineAsync(report.ResultLine(startedAt, commit));
    progress.WriteLine($"summary appended to {results}");
}
return reports.Sum(r => r.Failures) == 0 ? 0 : 1;

// Each measurement starts from a collected heap, so one phase does not pay for the previous one's garbage.
static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}
