using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Reminders.Digest;

/// <summary>
/// The one KPI alert of the digest: of the viewer's KPIs in their widest scope, the largest adverse change
/// from last month to this month so far (same elapsed length, so a month just begun is not "down 90%").
/// </summary>
public sealed class KpiAlertFinder(KpiEngine engine, SalesOrganisation organisation)
{
    /// <summary>Figures that can fall for a real reason; growth rate and channel efficiency are derived from revenue.</summary>
    private static readonly string[] Watched =
    [
        KpiCatalogue.Revenue, KpiCatalogue.OrderCount, KpiCatalogue.NewCustomers, KpiCatalogue.ConversionRate,
        KpiCatalogue.Csat, KpiCatalogue.ResponseTime, KpiCatalogue.OrderHandlingTime,
    ];

    public async Task<string?> FindAsync(SalesViewer viewer, string locale, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var org = await organisation.GetAsync(cancellationToken);
        var scope = SalesAccess.DefaultScope(viewer, viewer.TeamId is null ? null : org.TeamName(viewer.TeamId));
        var period = KpiPeriod.Current(KpiGranularity.Month, now, zone);
        var (from, to, _) = period.Measured(now);
        var (previousFrom, previousTo) = period.PreviousMeasured(now, zone);

        (KpiDefinition Kpi, decimal Before, decimal After, decimal Adverse)? worst = null;
        foreach (var key in Watched)
        {
            var kpi = KpiCatalogue.Get(key);
            var after = await engine.MeasureAsync(key, scope, from, to, cancellationToken);
            var before = await engine.MeasureAsync(key, scope, previousFrom, previousTo, cancellationToken);
            if (after.Value is not { } a || before.Value is not { } b || b == 0) continue;
            var relative = (a - b) / Math.Abs(b);
            var adverse = kpi.HigherIsBetter ? -relative : relative;
            if (adverse > 0 && (worst is null || adverse > worst.Value.Adverse)) worst = (kpi, b, a, adverse);
        }
        if (worst is not { } w) return null;
        var percent = Math.Round((w.After - w.Before) / Math.Abs(w.Before) * 100m, 1);
        return Strings.Get(locale, "reminders.digest.kpiAlert", w.Kpi.Name(locale), scope.Display(locale),
            KpiFormat.Value(w.Kpi, w.Before, engine.Currency, locale), KpiFormat.Value(w.Kpi, w.After, engine.Currency, locale),
            (percent >= 0 ? "+" : "") + percent.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%");
    }
}
