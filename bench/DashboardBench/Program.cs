using SalesCoach.Bench.Dashboard;
using SalesCoach.Bench.Kpi;
using SalesCoach.Bench.Reporting;

// The manager's team page of the dashboard (GET /api/dashboard/{summary,charts,goals,risks,callbacks,training}) on
// the seeded demo company, from a few browsers signed in through the demo sign-in page, in a closed loop.
// A benchmark prints figures; it does not pass or fail (exit 1 only if requests failed, 2 on bad arguments).
if (!BenchStart.TryParse(args, DashboardBenchOptions.Parse, DashboardBenchOptions.Usage, out var options)) return BenchStart.BadArguments;

using var cancellation = BenchStart.CancelOnCtrlC();
var token = cancellation.Token;
var progress = Console.Error;
var startedAt = DateTimeOffset.UtcNow;
Console.WriteLine(BenchStart.Header("DashboardBench", startedAt));

var reports = new List<DashboardReport>();
foreach (var provider in options.Providers)
{
    await using var server = await KpiServer.StartAsync(provider, new KpiBenchOptions { Postgres = options.Postgres }, progress, token);
    var baseUri = new Uri(server.MessagesEndpoint, "/");
    var browsers = new List<DemoBrowser>();
    try
    {
        // Half the browsers in Chinese, half in English, as the page asks with ?locale=.
        for (var i = 0; i < options.Clients; i++)
            browsers.Add(await DemoBrowser.SignInAsManagerAsync(baseUri, i % 2 == 0 ? "zh-CN" : "en-US", token));
        var (ok, body) = await browsers[0].GetAsync("/api/dashboard/summary?period=month", token);
        progress.WriteLine($"{provider}: {browsers.Count} browsers signed in as the demo manager; the page opens on scope {(ok ? PageLoad.ScopeOf(body) : "(failed)")}");

        if (options.Warmup > 0)
        {
            var warm = await DashboardRound.RunAsync(0, browsers, options.Warmup, options.Periods, token);
            progress.WriteLine($"{provider} warm-up: {warm.Pages.Length} page loads, {warm.Pages.Count(p => !p.Ok)} failed");
            // Tiered JIT recompiles hot methods in the background once calls pause; let it finish.
            await Task.Delay(TimeSpan.FromSeconds(2), token);
        }
        var loadBefore = LoadAverage.Read();
        var rounds = new List<DashboardRound>();
        for (var r = 1; r <= options.Rounds; r++)
        {
            Settle();
            var round = await DashboardRound.RunAsync(r, browsers, options.PageLoads, options.Periods, token);
            rounds.Add(round);
            progress.WriteLine($"{provider} round {r}: {round.PagesPerSecond:F1} pages/s, {round.CpuMsPerPage:F2} cpu ms/page");
        }
        var alone = new Dictionary<string, (double CpuMsPerRequest, double P99Ms)>();
        var scope = PageLoad.ScopeOf(body) ?? "myteam";
        if (options.EndpointRequests > 0)
        {
            foreach (var endpoint in PageLoad.Endpoints)
            {
                Settle();
                alone[endpoint] = await DashboardRound.RunEndpointAsync(endpoint, browsers, options.EndpointRequests, scope, token);
            }
        }
        (double[] PageMs, double CpuMsPerPage)? cold = null;
        if (options.ColdPages > 0)
        {
            Settle();
            cold = await DashboardRound.RunColdAsync(browsers[0], options.ColdPages, token);
        }
        var report = new DashboardReport(provider, options.Clients, options.PageLoads, rounds, options.Periods, alone, cold, loadBefore, LoadAverage.Read());
        report.Write(Console.Out);
        reports.Add(report);
    }
    finally
    {
        foreach (var browser in browsers) browser.Dispose();
    }
}

if (options.Results is { } results)
{
    var commit = Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "unknown";
    var header = !File.Exists(results) || new FileInfo(results).Length == 0;
    await using var writer = File.AppendText(results);
    if (header) await writer.WriteLineAsync(DashboardReport.ResultHeader);
    foreach (var report in reports) await writer.WriteLineAsync(report.ResultLine(startedAt, commit));
    progress.WriteLine($"summary appended to {results}");
}
return reports.Sum(r => r.Failures) == 0 ? 0 : 1;

// Each round starts from a collected heap, so one round does not pay for the previous one's garbage.
static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}
