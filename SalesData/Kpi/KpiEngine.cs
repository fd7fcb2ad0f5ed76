using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Diagnostics;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Kpi;

/// <summary>
/// Computes the catalogue's KPIs from the sales tables, in the database: one scope at a time, or grouped
/// by rep, team or region for rankings. Every figure follows the formula written in KpiCatalogue.
/// Access control is not here: callers decide the scope (see SalesAccess) before asking.
/// </summary>
public sealed class KpiEngine(IDbContextFactory<SalesCoachDbContext> contexts, IOptions<KpiOptions> options)
{
    private readonly string _currency = options.Value.Currency;
    private readonly KpiResultCache _cache = new();

    /// <summary>The currency revenue is summed in.</summary>
    public string Currency => _currency;

    public async Task<KpiFigure> MeasureAsync(string metric, KpiScope scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (metric == KpiCatalogue.GrowthRate)
        {
            // The same length just before: callers that want the calendar's previous period use GrowthAsync.
            return await GrowthAsync(scope, from, to, from - (to - from), from, cancellationToken);
        }
        var groups = await AggregateAsync(metric, null, scope, from, to, cancellationToken);
        return Finish(metric, groups.FirstOrDefault());
    }

    /// <summary>Revenue growth of [from, to) against [previousFrom, previousTo), in percent.</summary>
    public async Task<KpiFigure> GrowthAsync(KpiScope scope, DateTimeOffset from, DateTimeOffset to, DateTimeOffset previousFrom, DateTimeOffset previousTo, CancellationToken cancellationToken = default)
    {
        var now = await MeasureAsync(KpiCatalogue.Revenue, scope, from, to, cancellationToken);
        var before = await MeasureAsync(KpiCatalogue.Revenue, scope, previousFrom, previousTo, cancellationToken);
        return Growth(now, before);
    }

    /// <summary>The catalogue's growth formula, (now - before) / before in percent; null when there is nothing before to grow from.</summary>
    public static KpiFigure Growth(KpiFigure now, KpiFigure before) =>
        before.Value is not { } b || b == 0
            ? new KpiFigure(null, now.SampleSize + before.SampleSize)
            : new KpiFigure(Math.Round(((now.Value ?? 0) - b) / b * 100m, 4), now.SampleSize + before.SampleSize);

    /// <summary>The figure for every rep, team or region inside <paramref name="within"/> that has data in the period.</summary>
    public async Task<IReadOnlyDictionary<string, KpiFigure>> MeasureEachAsync(string metric, KpiScopeKind groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (groupBy == KpiScopeKind.Company) throw new ArgumentOutOfRangeException(nameof(groupBy));
        if (metric == KpiCatalogue.GrowthRate)
        {
            var length = to - from;
            var now = await AggregateAsync(KpiCatalogue.Revenue, groupBy, within, from, to, cancellationToken);
            var before = (await AggregateAsync(KpiCatalogue.Revenue, groupBy, within, from - length, from, cancellationToken)).ToDictionary(a => a.Key);
            return now.ToDictionary(a => a.Key, a => before.TryGetValue(a.Key, out var b) && b.Sum != 0
                ? Growth(new KpiFigure(a.Sum, a.Count), new KpiFigure(b.Sum, b.Count))
                : new KpiFigure(null, a.Count));
        }
        var groups = await AggregateAsync(metric, groupBy, within, from, to, cancellationToken);
        return groups.ToDictionary(a => a.Key, a => Finish(metric, a));
    }

    /// <summary>Revenue, orders, average order value and share per channel (销售渠道效益), largest first.</summary>
    public async Task<IReadOnlyList<KpiChannelRow>> ChannelsAsync(KpiScope scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        return await CachedAsync("channels", null, scope, from, to, () => ComputeChannelsAsync(scope, from, to), cancellationToken);
    }

    private async Task<IReadOnlyList<KpiChannelRow>> ComputeChannelsAsync(KpiScope scope, DateTimeOffset from, DateTimeOffset to)
    {
        var cancellationToken = CancellationToken.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // As in ComputeAsync: Npgsql refuses timestamptz parameters with an offset other than zero.
        var rows = await Orders(db, scope, from.ToUniversalTime(), to.ToUniversalTime())
            .GroupBy(o => o.Channel)
            .Select(g => new { Channel = g.Key, Revenue = g.Sum(o => o.Amount), Orders = g.LongCount() })
            .ToListAsync(cancellationToken);
        var total = rows.Sum(r => r.Revenue);
        return (KpiChannelRow[])[.. rows
            .OrderByDescending(r => r.Revenue)
            .Select(r => new KpiChannelRow(r.Channel, r.Revenue, r.Orders,
                r.Orders == 0 ? 0 : Math.Round(r.Revenue / r.Orders, 2),
                total == 0 ? 0 : Math.Round(r.Revenue / total * 100m, 2)))];
    }

    /// <summary>The target set for a rep or a team on a metric for one calendar month, quarter or year; null when none.</summary>
    public async Task<decimal?> TargetAsync(string metric, KpiScope scope, TargetPeriod period, DateOnly periodStart, CancellationToken cancellationToken = default)
    {
        if (scope.Kind is not (KpiScopeKind.Rep or KpiScopeKind.Team)) return null;
        return await _cache.GetAsync($"target|{metric}|{scope.Key}|{period}|{periodStart:yyyy-MM-dd}", () => ComputeTargetAsync(metric, scope, period, periodStart), cancellationToken);
    }

    private async Task<decimal?> ComputeTargetAsync(string metric, KpiScope scope, TargetPeriod period, DateOnly periodStart)
    {
        var cancellationToken = CancellationToken.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var targets = db.Targets.Where(t => t.Metric == metric && t.Period == period && t.PeriodStart == periodStart);
        targets = scope.Kind == KpiScopeKind.Rep ? targets.Where(t => t.OwnerId == scope.Id) : targets.Where(t => t.TeamId == scope.Id && t.OwnerId == null);
        var values = await targets.Select(t => t.Value).ToListAsync(cancellationToken);
        return values.Count == 0 ? null : values.Sum();
    }

    private async Task<List<KpiAggregate>> AggregateAsync(string metric, KpiScopeKind? groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        return await CachedAsync(metric, groupBy, within, from, to, () => ComputeAsync(metric, groupBy, within, from, to), cancellationToken);
    }

    /// <summary>Cached by metric, grouping, scope and start; the end may move within the rows' gaps (see KpiResultCache).</summary>
    private Task<T> CachedAsync<T>(string metric, KpiScopeKind? groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to, Func<Task<T>> compute, CancellationToken cancellationToken) =>
        _cache.GetRangedAsync($"{metric}|{groupBy}|{within.Key}|{from.UtcTicks}", to, end => BoundsAsync(TimeColumnOf(metric), end), compute, cancellationToken);

    /// <summary>The table whose time column decides which rows a metric counts.</summary>
    private static string TimeColumnOf(string metric) => metric switch
    {
        KpiCatalogue.Csat => "surveys",
        KpiCatalogue.ConversionRate => "deals",
        KpiCatalogue.NewCustomers => "customers",
        KpiCatalogue.ResponseTime => "interactions",
        _ => "orders",
    };

    /// <summary>The latest time before <paramref name="to"/> and the first at or after it, over the whole table (index lookups).</summary>
    private async Task<(long After, long UpTo)> BoundsAsync(string table, DateTimeOffset to)
    {
        var stage = TurnStages.Start();
        try
        {
            return await QueryBoundsAsync(table, to);
        }
        finally
        {
            TurnStages.Record(TurnStages.KpiBounds, stage);
        }
    }

    private async Task<(long After, long UpTo)> QueryBoundsAsync(string table, DateTimeOffset to)
    {
        to = to.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync();
        var (before, next) = table switch
        {
            "surveys" => (await db.Surveys.Where(x => x.RespondedAt < to).MaxAsync(x => (DateTimeOffset?)x.RespondedAt),
                await db.Surveys.Where(x => x.RespondedAt >= to).MinAsync(x => (DateTimeOffset?)x.RespondedAt)),
            "deals" => (await db.Deals.Where(x => x.ClosedAt < to).MaxAsync(x => x.ClosedAt),
                await db.Deals.Where(x => x.ClosedAt >= to).MinAsync(x => x.ClosedAt)),
            "customers" => (await db.Customers.Where(x => x.CreatedAt < to).MaxAsync(x => (DateTimeOffset?)x.CreatedAt),
                await db.Customers.Where(x => x.CreatedAt >= to).MinAsync(x => (DateTimeOffset?)x.CreatedAt)),
            "interactions" => (await db.Interactions.Where(x => x.RequestedAt < to).MaxAsync(x => x.RequestedAt),
                await db.Interactions.Where(x => x.RequestedAt >= to).MinAsync(x => x.RequestedAt)),
            _ => (await db.Orders.Where(x => x.CreatedAt < to).MaxAsync(x => (DateTimeOffset?)x.CreatedAt),
                await db.Orders.Where(x => x.CreatedAt >= to).MinAsync(x => (DateTimeOffset?)x.CreatedAt)),
        };
        return (before?.UtcTicks ?? long.MinValue, next?.UtcTicks ?? long.MaxValue);
    }

    private async Task<List<KpiAggregate>> ComputeAsync(string metric, KpiScopeKind? groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to)
    {
        var stage = TurnStages.Start();
        try
        {
            return await QueryAsync(metric, groupBy, within, from, to);
        }
        finally
        {
            TurnStages.Record(TurnStages.KpiQuery, stage);
        }
    }

    private async Task<List<KpiAggregate>> QueryAsync(string metric, KpiScopeKind? groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to)
    {
        var cancellationToken = CancellationToken.None;
        // PostgreSQL compares timestamptz parameters as UTC instants; Npgsql refuses other offsets.
        from = from.ToUniversalTime();
        to = to.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        switch (metric)
        {
            case KpiCatalogue.Revenue:
            case KpiCatalogue.ChannelEfficiency:
                return await Group(Orders(db, within, from, to), groupBy, o => o.Amount, cancellationToken);
            // Counting needs no exchange rate: every order counts, whatever its currency.
            case KpiCatalogue.OrderCount:
                return await Group(Orders(db, within, from, to, companyCurrencyOnly: false), groupBy, o => 1m, cancellationToken);
            case KpiCatalogue.CustomerCount:
                return await DistinctCustomersAsync(Orders(db, within, from, to, companyCurrencyOnly: false), groupBy, cancellationToken);
            case KpiCatalogue.NewCustomers:
                return await NewCustomersAsync(db, within, from, to, groupBy, cancellationToken);
            case KpiCatalogue.Csat:
                var surveys = KpiGroupKey.Within(db.Surveys.Where(s => s.RespondedAt >= from && s.RespondedAt < to), within);
                return await Group(surveys, groupBy, s => (decimal)s.Score, cancellationToken);
            case KpiCatalogue.ConversionRate:
                var closed = KpiGroupKey.Within(db.Deals.Where(d => d.ClosedAt >= from && d.ClosedAt < to && (d.Stage == DealStage.Won || d.Stage == DealStage.Lost)), within);
                return await Group(closed, groupBy, d => d.Stage == DealStage.Won ? 1m : 0m, cancellationToken);
            case KpiCatalogue.OrderHandlingTime:
                return await KpiDurationSql.SumSecondsAsync(db, "orders", "CreatedAt", "FulfilledAt", "CreatedAt", groupBy, within, from, to, cancellationToken);
            case KpiCatalogue.ResponseTime:
                return await KpiDurationSql.SumSecondsAsync(db, "interactions", "RequestedAt", "FirstResponseAt", "RequestedAt", groupBy, within, from, to, cancellationToken);
            default:
                throw new KeyNotFoundException($"No KPI '{metric}' in the catalogue");
        }
    }

    /// <summary>Orders created in [from, to); money is summed in the company currency only, counts take every order.</summary>
    private IQueryable<Order> Orders(SalesCoachDbContext db, KpiScope within, DateTimeOffset from, DateTimeOffset to, bool companyCurrencyOnly = true)
    {
        var orders = db.Orders.Where(o => o.CreatedAt >= from && o.CreatedAt < to);
        return KpiGroupKey.Within(companyCurrencyOnly ? orders.Where(o => o.Currency == _currency) : orders, within);
    }

    private static async Task<List<KpiAggregate>> Group<T>(IQueryable<T> rows, KpiScopeKind? groupBy, System.Linq.Expressions.Expression<Func<T, decimal>> value, CancellationToken cancellationToken)
        where T : Attributed
    {
        if (groupBy is null)
        {
            // Sum and count in one query (it was COUNT, then SUM: the same rows read twice). No rows, no group.
            var total = await rows.GroupBy(_ => 1)
                .Select(g => new { Sum = g.AsQueryable().Sum(value), Count = g.LongCount() })
                .ToListAsync(cancellationToken);
            return total is [{ Count: > 0 } row] ? [new KpiAggregate(string.Empty, row.Sum, row.Count)] : [];
        }
        var grouped = await rows.GroupBy(KpiGroupKey.Of<T>(groupBy.Value))
            .Select(g => new { g.Key, Sum = g.AsQueryable().Sum(value), Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. grouped.Where(g => g.Key != null).Select(g => new KpiAggregate(g.Key!, g.Sum, g.Count))];
    }

    private static async Task<List<KpiAggregate>> DistinctCustomersAsync(IQueryable<Order> orders, KpiScopeKind? groupBy, CancellationToken cancellationToken)
    {
        if (groupBy is null)
        {
            var count = await orders.Select(o => o.CustomerId).Distinct().LongCountAsync(cancellationToken);
            return count == 0 ? [] : [new KpiAggregate(string.Empty, count, count)];
        }
        var grouped = await orders.GroupBy(KpiGroupKey.Of<Order>(groupBy.Value))
            .Select(g => new { g.Key, Count = g.Select(o => o.CustomerId).Distinct().LongCount() })
            .ToListAsync(cancellationToken);
        return [.. grouped.Where(g => g.Key != null).Select(g => new KpiAggregate(g.Key!, g.Count, g.Count))];
    }

    private static async Task<List<KpiAggregate>> NewCustomersAsync(SalesCoachDbContext db, KpiScope within, DateTimeOffset from, DateTimeOffset to, KpiScopeKind? groupBy, CancellationToken cancellationToken)
    {
        var customers = KpiGroupKey.Within(db.Customers.Where(c => c.CreatedAt >= from && c.CreatedAt < to), within);
        if (groupBy is null)
        {
            var count = await customers.LongCountAsync(cancellationToken);
            return [new KpiAggregate(string.Empty, count, count)];
        }
        var grouped = await customers.GroupBy(KpiGroupKey.OfCustomer(groupBy.Value))
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. grouped.Where(g => g.Key != null).Select(g => new KpiAggregate(g.Key!, g.Count, g.Count))];
    }

    /// <summary>Turns a partial aggregate into the catalogue's figure: sums stay sums, the rest become means or ratios.</summary>
    private static KpiFigure Finish(string metric, KpiAggregate? aggregate)
    {
        var unit = KpiCatalogue.Get(metric).Unit;
        if (aggregate is null || aggregate.Count == 0)
            return unit is KpiUnit.Currency or KpiUnit.Count ? new KpiFigure(0, 0) : KpiFigure.Empty;
        return metric switch
        {
            KpiCatalogue.Revenue or KpiCatalogue.ChannelEfficiency => new KpiFigure(aggregate.Sum, aggregate.Count),
            // A count is the rows themselves (a SQL SUM of 1 comes back as 13.0 on both providers).
            KpiCatalogue.OrderCount => new KpiFigure(aggregate.Count, aggregate.Count),
            KpiCatalogue.CustomerCount or KpiCatalogue.NewCustomers => new KpiFigure(aggregate.Sum, aggregate.Count),
            KpiCatalogue.Csat => new KpiFigure(Math.Round(aggregate.Sum / aggregate.Count, 4), aggregate.Count),
            KpiCatalogue.ConversionRate => new KpiFigure(Math.Round(aggregate.Sum / aggregate.Count * 100m, 4), aggregate.Count),
            KpiCatalogue.OrderHandlingTime or KpiCatalogue.ResponseTime => new KpiFigure(Math.Round(aggregate.Sum / aggregate.Count / 3600m, 4), aggregate.Count),
            _ => throw new KeyNotFoundException($"No KPI '{metric}' in the catalogue"),
        };
    }
}
