using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Bench.Kpi;

/// <summary>
/// --check: prints every figure the KPI engine gives on the seeded demo company for fixed periods (every
/// metric, four scopes, each grouping, channels, targets), one line each, so that a build before and a build
/// after a performance change can be diffed: the figures must be identical. Fixed instants only ("now" moves).
/// </summary>
public static class FigureCheck
{
    public static async Task WriteAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<KpiEngine>();
        var offset = TimeSpan.FromHours(8);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.CreateCustomTimeZone("cn", offset, "cn", "cn")).Date;
        var month = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, offset);
        var periods = new List<(DateTimeOffset From, DateTimeOffset To)>
        {
            (month, month.AddMonths(1)),                       // the running month, whole (no data after yesterday)
            (month, new DateTimeOffset(today, offset).AddHours(-5)), // part of it, ending inside the data
            (month.AddMonths(-1), month),
            (month.AddMonths(-3), month),
            (month.AddMonths(-12), month),
            (month.AddMonths(-40), month.AddMonths(-30)),     // before the history: empty
        };
        KpiScope[] scopes = [KpiScope.Company, KpiScope.Region("east", "华东"), KpiScope.Team("south-1", "华南一组"), KpiScope.Rep("r08", "r08")];
        // UTC instants: the engine's callers pass company-zone offsets, which Npgsql refuses where a query forgets to convert.
        periods = [.. periods.Select(p => (p.From.ToUniversalTime(), p.To.ToUniversalTime()))];
        foreach (var kpi in KpiCatalogue.All)
        foreach (var (from, to) in periods)
        {
            foreach (var scope in scopes)
            {
                var f = await engine.MeasureAsync(kpi.Key, scope, from, to, cancellationToken);
                output.WriteLine($"{kpi.Key} {scope.Key} {from:O} {to:O} = {f.Value} n={f.SampleSize}");
            }
            foreach (var level in new[] { KpiScopeKind.Rep, KpiScopeKind.Team, KpiScopeKind.Region })
            foreach (var (id, f) in (await engine.MeasureEachAsync(kpi.Key, level, KpiScope.Company, from, to, cancellationToken)).OrderBy(p => p.Key, StringComparer.Ordinal))
                output.WriteLine($"{kpi.Key} by {level} {id} {from:O} {to:O} = {f.Value} n={f.SampleSize}");
        }
        foreach (var (from, to) in periods)
        foreach (var scope in scopes)
        foreach (var c in await engine.ChannelsAsync(scope, from, to, cancellationToken))
            output.WriteLine($"channels {scope.Key} {from:O} {to:O} {c}");
        foreach (var kpi in KpiCatalogue.All)
        foreach (var scope in scopes)
        foreach (var (unit, start) in new[] { (TargetPeriod.Month, month), (TargetPeriod.Month, month.AddMonths(-1)), (TargetPeriod.Quarter, month.AddMonths(-(month.Month - 1) % 3)) })
            output.WriteLine($"target {kpi.Key} {scope.Key} {unit} {start:yyyy-MM-dd} = {await engine.TargetAsync(kpi.Key, scope, unit, DateOnly.FromDateTime(start.Date), cancellationToken)}");
    }
}
