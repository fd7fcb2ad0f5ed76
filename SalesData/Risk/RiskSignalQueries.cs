using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Risk;

/// <summary>
/// Reads the sales data of one scope for the signals that prefill a risk check: revenue concentration on the
/// largest customers, stalled open deals, overdue callbacks and conversion falling against the window before.
/// A signal with nothing to measure (no orders, no open deals) is left out rather than guessed.
/// </summary>
public sealed class RiskSignalQueries(IDbContextFactory<SalesCoachDbContext> contexts, IOptions<RiskSignalOptions> options)
{
    /// <summary>Fewer closed deals than this in either window and a change in conversion says nothing.</summary>
    public const int MinClosedDeals = 5;

    private readonly RiskSignalOptions _options = options.Value;

    public async Task<IReadOnlyList<RiskSignal>> ReadAsync(KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var signals = new List<RiskSignal?>
        {
            await OverdueCallbacksAsync(db, scope, now, cancellationToken),
            await StalledDealsAsync(db, scope, now, cancellationToken),
            await FallingConversionAsync(db, scope, now, cancellationToken),
            await ConcentrationAsync(db, scope, now, cancellationToken),
        };
        return signals.OfType<RiskSignal>().ToList();
    }

    private async Task<RiskSignal?> ConcentrationAsync(SalesCoachDbContext db, KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now.AddDays(-_options.ConcentrationDays);
        var byCustomer = await KpiGroupKey.Within(db.Orders, scope)
            .Where(o => o.CreatedAt >= from && o.CreatedAt < now)
            .GroupBy(o => o.CustomerId)
            .Select(g => new { CustomerId = g.Key, Revenue = g.Sum(o => (double)o.Amount) })
            .ToListAsync(cancellationToken);
        var total = byCustomer.Sum(c => c.Revenue);
        if (total <= 0) return null;
        var ranked = byCustomer.OrderByDescending(c => c.Revenue).ThenBy(c => c.CustomerId, StringComparer.Ordinal).ToList();
        var top = ranked[0];
        var topThree = ranked.Take(3).Sum(c => c.Revenue) / total;
        var name = await db.Customers.Where(c => c.Id == top.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var share = top.Revenue / total;
        var risk = RiskCatalogue.Find("customer_concentration")!;
        return new RiskSignal(risk.Key, RiskSignalKind.CustomerConcentration, RiskBands.Share(share), risk.DefaultImpact,
            share, 1, ranked.Count, _options.ConcentrationDays, name ?? top.CustomerId, Secondary: topThree);
    }

    private async Task<RiskSignal?> StalledDealsAsync(SalesCoachDbContext db, KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now.AddDays(-_options.StalledDealDays);
        var open = from d in KpiGroupKey.Within(db.Deals, scope)
                   where d.Stage != DealStage.Won && d.Stage != DealStage.Lost && d.CreatedAt < now
                   join c in db.Customers on d.CustomerId equals c.Id
                   select new { d.CreatedAt, c.LastContactAt };
        var total = await open.CountAsync(cancellationToken);
        if (total == 0) return null;
        var stalled = await open.CountAsync(d => d.CreatedAt < cutoff && (d.LastContactAt == null || d.LastContactAt < cutoff), cancellationToken);
        var share = (double)stalled / total;
        var risk = RiskCatalogue.Find("process")!;
        return new RiskSignal(risk.Key, RiskSignalKind.StalledDeals, RiskBands.Share(share), risk.DefaultImpact,
            share, stalled, total, _options.StalledDealDays);
    }

    private async Task<RiskSignal?> OverdueCallbacksAsync(SalesCoachDbContext db, KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now.AddDays(-_options.OverdueCallbackDays);
        var customers = KpiGroupKey.Within(db.Customers, scope).Where(c => c.CreatedAt < now);
        var total = await customers.CountAsync(cancellationToken);
        if (total == 0) return null;
        var overdue = await customers.CountAsync(c => c.LastContactAt == null ? c.CreatedAt < cutoff : c.LastContactAt < cutoff, cancellationToken);
        var share = (double)overdue / total;
        var risk = RiskCatalogue.Find("team_management")!;
        return new RiskSignal(risk.Key, RiskSignalKind.OverdueCallbacks, RiskBands.Share(share), risk.DefaultImpact,
            share, overdue, total, _options.OverdueCallbackDays);
    }

    private async Task<RiskSignal?> FallingConversionAsync(SalesCoachDbContext db, KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = _options.ConversionWindowDays;
        var split = now.AddDays(-window);
        var start = now.AddDays(-2 * window);
        var closed = await KpiGroupKey.Within(db.Deals, scope)
            .Where(d => (d.Stage == DealStage.Won || d.Stage == DealStage.Lost) && d.ClosedAt >= start && d.ClosedAt < now)
            .GroupBy(d => new { Recent = d.ClosedAt >= split, Won = d.Stage == DealStage.Won })
            .Select(g => new { g.Key.Recent, g.Key.Won, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(bool recent, bool? won) => closed.Where(c => c.Recent == recent && (won is null || c.Won == won)).Sum(c => c.Count);
        int recentClosed = Count(true, null), earlierClosed = Count(false, null);
        if (recentClosed < MinClosedDeals || earlierClosed < MinClosedDeals) return null;
        var current = (double)Count(true, true) / recentClosed;
        var previous = (double)Count(false, true) / earlierClosed;
        var risk = RiskCatalogue.Find("competitors")!;
        return new RiskSignal(risk.Key, RiskSignalKind.FallingConversion, RiskBands.Drop((previous - current) * 100), risk.DefaultImpact,
            current, Count(true, true), recentClosed, window, Previous: previous);
    }
}
