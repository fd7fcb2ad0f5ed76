using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Kpi;

/// <summary>
/// The catalogue's formulas written again, plainly, as LINQ to objects over the in-memory rows: the
/// independent answer the engine's SQL is compared with. Values are exact (unrounded) decimals.
/// Money KPIs count company-currency orders only (no exchange rates); order and customer counts and
/// durations count every order, as their formulas say.
/// </summary>
public sealed class KpiOracle(KpiDataset data, string currency = "CNY")
{
    /// <summary>One row a KPI rests on: who it is credited to, its value, and (for customer count) whose it is.</summary>
    private sealed record Fact(string? Owner, string? Team, string? Region, decimal Value, string? Customer = null);

    public KpiFigure Measure(string metric, KpiScope scope, DateTimeOffset from, DateTimeOffset to)
    {
        if (metric == KpiCatalogue.GrowthRate) return Growth(scope, from, to, from - (to - from), from);
        return Figure(metric, Facts(metric, from, to).Where(f => In(scope, f)).ToList());
    }

    /// <summary>growth rate = (revenue this period - revenue previous period) / revenue previous period, in percent.</summary>
    public KpiFigure Growth(KpiScope scope, DateTimeOffset from, DateTimeOffset to, DateTimeOffset previousFrom, DateTimeOffset previousTo)
    {
        var now = Facts(KpiCatalogue.Revenue, from, to).Where(f => In(scope, f)).ToList();
        var before = Facts(KpiCatalogue.Revenue, previousFrom, previousTo).Where(f => In(scope, f)).ToList();
        var b = before.Sum(f => f.Value);
        return b == 0
            ? new KpiFigure(null, now.Count + before.Count)
            : new KpiFigure((now.Sum(f => f.Value) - b) / b * 100m, now.Count + before.Count);
    }

    /// <summary>One figure per rep, team or region within a scope, for the groups with rows in the period.</summary>
    public IReadOnlyDictionary<string, KpiFigure> MeasureEach(string metric, KpiScopeKind groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to)
    {
        var rowsMetric = metric == KpiCatalogue.GrowthRate ? KpiCatalogue.Revenue : metric;
        var keys = Facts(rowsMetric, from, to).Where(f => In(within, f)).Select(f => Key(groupBy, f)).OfType<string>().Distinct();
        var result = new Dictionary<string, KpiFigure>();
        foreach (var key in keys)
        {
            var group = new KpiScope(groupBy, key, key);
            if (metric != KpiCatalogue.GrowthRate)
            {
                result[key] = Figure(metric, Facts(metric, from, to).Where(f => In(within, f) && In(group, f)).ToList());
                continue;
            }
            // A ranking's growth compares each group with the same length just before.
            var now = Facts(KpiCatalogue.Revenue, from, to).Where(f => In(within, f) && In(group, f)).ToList();
            var before = Facts(KpiCatalogue.Revenue, from - (to - from), from).Where(f => In(within, f) && In(group, f)).ToList();
            var b = before.Sum(f => f.Value);
            result[key] = b == 0
                ? new KpiFigure(null, now.Count)
                : new KpiFigure((now.Sum(f => f.Value) - b) / b * 100m, now.Count + before.Count);
        }
        return result;
    }

    /// <summary>Per channel: revenue, orders, average order value (revenue / orders), share of revenue; largest first.</summary>
    public IReadOnlyList<KpiChannelRow> Channels(KpiScope scope, DateTimeOffset from, DateTimeOffset to)
    {
        var orders = MoneyOrders(from, to).Where(o => In(scope, o.OwnerId, o.TeamId, o.RegionId)).ToList();
        var total = orders.Sum(o => o.Amount);
        return [.. orders.GroupBy(o => o.Channel)
            .Select(g => new KpiChannelRow(g.Key, g.Sum(o => o.Amount), g.LongCount(), g.Sum(o => o.Amount) / g.Count(), g.Sum(o => o.Amount) / total * 100m))
            .OrderByDescending(r => r.Revenue)];
    }

    private IEnumerable<Order> MoneyOrders(DateTimeOffset from, DateTimeOffset to) =>
        data.Orders.Where(o => o.Currency == currency && o.CreatedAt >= from && o.CreatedAt < to);

    private IEnumerable<Fact> Facts(string metric, DateTimeOffset from, DateTimeOffset to)
    {
        bool During(DateTimeOffset? t) => t >= from && t < to;
        return metric switch
        {
            // revenue = sum of the amounts of orders created in the period (company currency)
            KpiCatalogue.Revenue or KpiCatalogue.ChannelEfficiency =>
                MoneyOrders(from, to).Select(o => new Fact(o.OwnerId, o.TeamId, o.RegionId, o.Amount)),
            // order count = number of orders created in the period
            KpiCatalogue.OrderCount =>
                data.Orders.Where(o => During(o.CreatedAt)).Select(o => new Fact(o.OwnerId, o.TeamId, o.RegionId, 1m)),
            // customer count = distinct customers with an order in the period
            KpiCatalogue.CustomerCount =>
                data.Orders.Where(o => During(o.CreatedAt)).Select(o => new Fact(o.OwnerId, o.TeamId, o.RegionId, 1m, o.CustomerId)),
            // new customers = customer records created in the period
            KpiCatalogue.NewCustomers =>
                data.Customers.Where(c => During(c.CreatedAt)).Select(c => new Fact(c.OwnerId, c.TeamId, c.RegionId, 1m)),
            // CSAT = mean survey score of the responses received in the period
            KpiCatalogue.Csat =>
                data.Surveys.Where(s => During(s.RespondedAt)).Select(s => new Fact(s.OwnerId, s.TeamId, s.RegionId, s.Score)),
            // order handling time = mean(fulfilled at - created at) over orders created in the period and fulfilled
            KpiCatalogue.OrderHandlingTime =>
                data.Orders.Where(o => During(o.CreatedAt) && o.FulfilledAt is not null)
                    .Select(o => new Fact(o.OwnerId, o.TeamId, o.RegionId, Hours(o.FulfilledAt!.Value - o.CreatedAt))),
            // response time = mean(first response at - requested at) over customer requests made in the period
            KpiCatalogue.ResponseTime =>
                data.Interactions.Where(i => During(i.RequestedAt) && i.FirstResponseAt is not null)
                    .Select(i => new Fact(i.OwnerId, i.TeamId, i.RegionId, Hours(i.FirstResponseAt!.Value - i.RequestedAt!.Value))),
            // conversion rate = won / (won + lost) over deals closed in the period
            KpiCatalogue.ConversionRate =>
                data.Deals.Where(d => During(d.ClosedAt) && d.Stage is DealStage.Won or DealStage.Lost)
                    .Select(d => new Fact(d.OwnerId, d.TeamId, d.RegionId, d.Stage == DealStage.Won ? 1m : 0m)),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric),
        };
    }

    private static KpiFigure Figure(string metric, List<Fact> facts)
    {
        var n = facts.Count;
        return metric switch
        {
            KpiCatalogue.Revenue or KpiCatalogue.ChannelEfficiency => new KpiFigure(facts.Sum(f => f.Value), n),
            KpiCatalogue.OrderCount or KpiCatalogue.NewCustomers => new KpiFigure(n, n),
            KpiCatalogue.CustomerCount => new KpiFigure(facts.Select(f => f.Customer).Distinct().Count(), facts.Select(f => f.Customer).Distinct().Count()),
            _ when n == 0 => new KpiFigure(null, 0),
            KpiCatalogue.Csat or KpiCatalogue.OrderHandlingTime or KpiCatalogue.ResponseTime => new KpiFigure(facts.Sum(f => f.Value) / n, n),
            KpiCatalogue.ConversionRate => new KpiFigure(facts.Sum(f => f.Value) / n * 100m, n),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric),
        };
    }

    private static decimal Hours(TimeSpan span) => (decimal)span.Ticks / TimeSpan.TicksPerHour;

    private static bool In(KpiScope scope, Fact f) => In(scope, f.Owner, f.Team, f.Region);

    private static bool In(KpiScope scope, string? owner, string? team, string? region) => scope.Kind switch
    {
        KpiScopeKind.Company => true,
        KpiScopeKind.Rep => owner == scope.Id,
        KpiScopeKind.Team => team == scope.Id,
        _ => region == scope.Id,
    };

    private static string? Key(KpiScopeKind groupBy, Fact f) => groupBy switch
    {
        KpiScopeKind.Rep => f.Owner,
        KpiScopeKind.Team => f.Team,
        _ => f.Region,
    };
}
