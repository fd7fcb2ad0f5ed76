using System.Globalization;
using SalesCoach.Bench.Reporting;

namespace SalesCoach.Bench.Dashboard;

/// <summary>The figures of one provider, printed for people and as one TSV line for bench/results/dashboard.tsv.</summary>
public sealed record DashboardReport(string Provider, int Clients, int PageLoads, IReadOnlyList<DashboardRound> Rounds, IReadOnlyList<string> Periods,
    IReadOnlyDictionary<string, (double CpuMsPerRequest, double P99Ms)> Alone, (double[] PageMs, double CpuMsPerPage)? Cold, string? LoadBefore, string? LoadAfter)
{
    /// <summary>Issue 16's acceptance: every dashboard JSON endpoint of the manager's team page at p99 <= 100 ms.</summary>
    public const double P99TargetMs = 100;

    private IEnumerable<PageSample> AllPages => Rounds.SelectMany(r => r.Pages);
    private static double P(IEnumerable<double> values, double p) => Percentiles.Of([.. values.Order()], p);

    public double PagesPerSecond => Percentiles.Median(Rounds.Select(r => r.PagesPerSecond));
    public double CpuMsPerPage => Percentiles.Median(Rounds.Select(r => r.CpuMsPerPage));
    public double PageP50 => P(AllPages.Select(p => p.Ms), 50);
    public double PageP99 => P(AllPages.Select(p => p.Ms), 99);
    public int Failures => AllPages.Sum(p => p.Requests.Count(r => !r.Ok));

    public double EndpointP(string endpoint, double p) => P(AllPages.SelectMany(x => x.Requests).Where(r => r.Endpoint == endpoint).Select(r => r.Ms), p);
    public double WorstEndpointP99 => PageLoad.Endpoints.Max(e => EndpointP(e, 99));

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"== {Provider}: {Clients} browsers signed in as the demo manager, {PageLoads} page loads each x {Rounds.Count} rounds, periods {string.Join(',', Periods)}");
        output.WriteLine($"   load average {LoadBefore} before, {LoadAfter} after ({Environment.ProcessorCount} cores)");
        output.WriteLine("endpoint          requests   p50 ms   p90 ms   p99 ms   max ms | alone: cpu ms/request, p99 ms");
        foreach (var endpoint in PageLoad.Endpoints)
        {
            var n = AllPages.Sum(p => p.Requests.Count(r => r.Endpoint == endpoint));
            var alone = Alone.TryGetValue(endpoint, out var a) ? Inv($"{a.CpuMsPerRequest,8:F2} {a.P99Ms,8:F1}") : "       -        -";
            output.WriteLine(Inv($"  {endpoint,-14} {n,8} {EndpointP(endpoint, 50),8:F1} {EndpointP(endpoint, 90),8:F1} {EndpointP(endpoint, 99),8:F1} {EndpointP(endpoint, 100),8:F1} | {alone}"));
        }
        var pages = AllPages.Select(p => p.Ms).ToArray();
        output.WriteLine(Inv($"  {"page (all six)",-14} {pages.Length,8} {PageP50,8:F1} {P(pages, 90),8:F1} {PageP99,8:F1} {P(pages, 100),8:F1}"));
        output.WriteLine(Inv($"pages/s {PagesPerSecond:F1} (median of rounds), cpu ms/page {CpuMsPerPage:F2} (bot and browsers, one process), failed requests {Failures}"));
        if (Cold is { } cold)
            output.WriteLine(Inv($"cold pages (months not asked before, one browser): {cold.PageMs.Length}, p50 {P(cold.PageMs, 50):F1} ms, max {P(cold.PageMs, 100):F1} ms, cpu ms/page {cold.CpuMsPerPage:F2}"));
        output.WriteLine("rounds: pages/s, page p50 / p99 ms, cpu ms/page");
        foreach (var r in Rounds)
            output.WriteLine(Inv($"  {r.Round,2} {r.PagesPerSecond,7:F1} {P(r.Pages.Select(p => p.Ms), 50),8:F1} / {P(r.Pages.Select(p => p.Ms), 99),8:F1} {r.CpuMsPerPage,8:F2}"));
        output.WriteLine(Inv($"target: every endpoint p99 <= {P99TargetMs} ms: worst {WorstEndpointP99:F1} ms, {(WorstEndpointP99 <= P99TargetMs ? "holds" : "MISSED")} (at load average {LoadBefore})"));
    }

    public const string ResultHeader =
        "date_utc\tcommit\tprovider\tclients\tpage_loads\trounds\tperiods\tpages_per_s\tpage_p50_ms\tpage_p99_ms\tendpoint_p50_p99_ms\tworst_endpoint_p99_ms\tcpu_ms_per_page\tload_before\tfailed\tcold_page_p50_ms\tcold_cpu_ms_per_page";

    public string ResultLine(DateTimeOffset at, string commit)
    {
        var endpoints = string.Join(' ', PageLoad.Endpoints.Select(e => Inv($"{e}={EndpointP(e, 50):F1}/{EndpointP(e, 99):F1}")));
        return string.Join('\t', at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), commit, Provider, I(Clients), I(PageLoads), I(Rounds.Count),
            string.Join(',', Periods), Inv($"{PagesPerSecond:F1}"), Inv($"{PageP50:F1}"), Inv($"{PageP99:F1}"), endpoints, Inv($"{WorstEndpointP99:F1}"),
            Inv($"{CpuMsPerPage:F2}"), LoadBefore ?? "", I(Failures),
            Cold is { } cold ? Inv($"{P(cold.PageMs, 50):F1}") : "-", Cold is { } c ? Inv($"{c.CpuMsPerPage:F2}") : "-");
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
