using System.Diagnostics;

namespace SalesCoach.Bench.Dashboard;

/// <summary>One round: every browser loads the page <c>pageLoads</c> times, one after another (closed loop).</summary>
public sealed record DashboardRound(int Round, PageSample[] Pages, TimeSpan Elapsed, double CpuMsPerPage)
{
    public double PagesPerSecond => Pages.Length / Elapsed.TotalSeconds;

    public static async Task<DashboardRound> RunAsync(int round, IReadOnlyList<DemoBrowser> browsers, int pageLoads, IReadOnlyList<string> periods, CancellationToken cancellationToken)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var perBrowser = await Task.WhenAll(browsers.Select(async (browser, index) =>
        {
            var pages = new PageSample[pageLoads];
            // Each browser starts at its own period so that, with several periods, they do not ask the same thing in step.
            for (var i = 0; i < pageLoads; i++)
                pages[i] = await PageLoad.RunAsync(browser, periods[(index + i) % periods.Count], cancellationToken);
            return pages;
        }));
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var all = perBrowser.SelectMany(p => p).ToArray();
        return new DashboardRound(round, all, clock.Elapsed, cpu.TotalMilliseconds / Math.Max(1, all.Length));
    }

    /// <summary>
    /// Cold pages: one browser opens the page on months nobody asked for yet, one after another, so every KPI
    /// figure behind it is computed rather than read from the 30 s result cache (what a page pays when its
    /// cache entry has expired). Returns each page's time and the CPU per page.
    /// </summary>
    public static async Task<(double[] PageMs, double CpuMsPerPage)> RunColdAsync(DemoBrowser browser, int pages, CancellationToken cancellationToken)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var ms = new double[pages];
        var month = DateTime.UtcNow;
        for (var i = 0; i < pages; i++)
        {
            // Months 3, 4, 5... back: inside the demo company's two years, never the page's default period.
            var period = month.AddMonths(-(3 + i)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var page = await PageLoad.RunAsync(browser, period, cancellationToken);
            if (!page.Ok) throw new InvalidOperationException($"the cold page for {period} failed");
            ms[i] = page.Ms;
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return (ms, cpu.TotalMilliseconds / Math.Max(1, pages));
    }

    /// <summary>
    /// One endpoint alone, <paramref name="requests"/> per browser in a closed loop: CPU cannot be told apart per
    /// request while the page's six run together, so what each costs comes from here.
    /// </summary>
    public static async Task<(double CpuMsPerRequest, double P99Ms)> RunEndpointAsync(string endpoint, IReadOnlyList<DemoBrowser> browsers, int requests,
        string scope, CancellationToken cancellationToken)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var times = await Task.WhenAll(browsers.Select(async browser =>
        {
            var query = $"/api/dashboard/{endpoint}?locale={browser.Language}&period=month&scope={Uri.EscapeDataString(scope)}" + (endpoint == "charts" ? "&metric=revenue" : "");
            var ms = new double[requests];
            for (var i = 0; i < requests; i++)
            {
                var clock = Stopwatch.StartNew();
                var (ok, _) = await browser.GetAsync(query, cancellationToken);
                if (!ok) throw new InvalidOperationException($"{query} failed");
                ms[i] = clock.Elapsed.TotalMilliseconds;
            }
            return ms;
        }));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var all = times.SelectMany(t => t).Order().ToArray();
        return (cpu.TotalMilliseconds / all.Length, Reporting.Percentiles.Of(all, 99));
    }
}
