using System.Globalization;
using System.Net;
using SalesCoach.Bench.Kpi;
using SalesCoach.Bench.Reporting;

// KPI turns through POST /api/messages on the seeded demo company, per database provider.
// A benchmark prints figures; it does not pass or fail (exit 1 only if turns failed, 2 on bad arguments).
if (!BenchStart.TryParse(args, KpiBenchOptions.Parse, KpiBenchOptions.Usage, out var options)) return BenchStart.BadArguments;

using var cancellation = BenchStart.CancelOnCtrlC();
var token = cancellation.Token;
var progress = Console.Error;
var output = Console.Out;
const double P50Target = 10, P99Target = 50;

output.WriteLine(BenchStart.Header("KpiBench", DateTimeOffset.UtcNow));
output.WriteLine(Inv($"{options.Conversations} conversations x {options.TurnsPerConversation} turns per round, think time {options.ThinkMs} ms (0 = closed loop), {options.Rounds} rounds, warm-up {options.Warmup} turns each; {KpiScript.Turns.Count} questions in the script"));
var failures = 0;
foreach (var provider in options.Providers)
{
    var loadBefore = LoadAverage.Read();
    await using var server = await KpiServer.StartAsync(provider, options, progress, token);
    if (options.Check)
    {
        await FigureCheck.WriteAsync(server.Services, output, token);
        continue;
    }
    using var client = new HttpClient(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(options.Conversations * 2, 16),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    }) { Timeout = TimeSpan.FromSeconds(30) };

    if (options.Warmup > 0)
    {
        var warm = await new KpiDriver(client, provider, options.Conversations, options.ShowAnswers ? progress : null)
            .RunAsync(server.MessagesEndpoint, 0, options.Warmup, token);
        progress.WriteLine($"{provider} warm-up: {warm.Turns.Length} turns, {warm.Turns.Count(t => !t.Ok)} failed");
        // Tiered JIT recompiles hot methods in the background once calls pause; let it finish.
        await Task.Delay(TimeSpan.FromSeconds(2), token);
    }
    var driver = new KpiDriver(client, provider, options.Conversations, null, options.ThinkMs);
    var rounds = new List<KpiRound>();
    for (var r = 1; r <= options.Rounds; r++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var round = await driver.RunAsync(server.MessagesEndpoint, r, options.TurnsPerConversation, token);
        rounds.Add(round);
        var sorted = round.Turns.Select(t => t.Ms).Order().ToArray();
        progress.WriteLine(Inv($"{provider} round {r}: {round.TurnsPerSecond:F0} turns/s, p50 {Percentiles.Of(sorted, 50):F1} ms, p99 {Percentiles.Of(sorted, 99):F1} ms"));
    }
    failures += rounds.Sum(r => r.Turns.Count(t => !t.Ok));
    Report(provider, rounds, loadBefore, LoadAverage.Read());
}
return failures == 0 ? 0 : 1;

void Report(string provider, List<KpiRound> rounds, string? loadBefore, string? loadAfter)
{
    double P(KpiRound r, double p) => Percentiles.Of([.. r.Turns.Select(t => t.Ms).Order()], p);
    double Median(Func<KpiRound, double> f) => Percentiles.Median(rounds.Select(f));
    var p50 = Median(r => P(r, 50));
    var p99 = Median(r => P(r, 99));
    output.WriteLine();
    output.WriteLine($"== {provider} (load average {loadBefore} before, {loadAfter} after)");
    output.WriteLine("medians of rounds: turns/s   p50 ms   p90 ms   p99 ms   cpu ms/turn   failed");
    output.WriteLine(Inv($"{"",17} {Median(r => r.TurnsPerSecond),8:F0} {p50,8:F2} {Median(r => P(r, 90)),8:F2} {p99,8:F2} {Median(r => r.CpuMsPerTurn),13:F2} {rounds.Sum(r => r.Turns.Count(t => !t.Ok)),8}"));
    output.WriteLine(Inv($"targets: p50 {p50:F1} ms (<= {P50Target} ms: {(p50 <= P50Target ? "holds" : "MISSED")}), p99 {p99:F1} ms (<= {P99Target} ms: {(p99 <= P99Target ? "holds" : "MISSED")})"));
    output.WriteLine("rounds: turns/s p50 p90 p99 max (ms) cpu-ms/turn");
    foreach (var r in rounds)
        output.WriteLine(Inv($"  {r.Round,2} {r.TurnsPerSecond,7:F0} {P(r, 50),7:F2} {P(r, 90),7:F2} {P(r, 99),7:F2} {P(r, 100),8:F1} {r.CpuMsPerTurn,6:F2}"));
    output.WriteLine("by question (all rounds pooled): kind  turns  p50  p90  p99 (ms)  with card  with chart");
    foreach (var kind in rounds.SelectMany(r => r.Turns).GroupBy(t => t.Kind).OrderByDescending(g => Percentiles.Of([.. g.Select(t => t.Ms).Order()], 50)))
    {
        var sorted = kind.Select(t => t.Ms).Order().ToArray();
        output.WriteLine(Inv($"  {kind.Key,-11} {sorted.Length,6} {Percentiles.Of(sorted, 50),7:F2} {Percentiles.Of(sorted, 90),7:F2} {Percentiles.Of(sorted, 99),7:F2} {kind.Count(t => t.Card),8} {kind.Count(t => t.Chart),8}"));
    }
}

static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
