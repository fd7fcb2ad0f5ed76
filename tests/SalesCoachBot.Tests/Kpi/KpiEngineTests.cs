using System.Globalization;
using SalesCoach.Data.Kpi;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.Kpi.KpiTestCompany;

namespace SalesCoach.Tests.Kpi;

/// <summary>
/// Every KPI of the catalogue, measured by the engine in SQL on SQLite and on PostgreSQL, against the
/// same figure computed independently (KpiOracle, LINQ to objects over the rows that were inserted) and,
/// for the company in October, by hand.
/// </summary>
public sealed class KpiEngineTests(KpiDatabases databases) : IClassFixture<KpiDatabases>
{
    /// <summary>October (the period under test), September, and a month with no rows at all.</summary>
    private static readonly (DateTimeOffset From, DateTimeOffset To)[] Periods = [October, September, Month(2025, 1)];

    public static TheoryData<string, string> MetricsByScope()
    {
        var data = new TheoryData<string, string>();
        foreach (var kpi in KpiCatalogue.All)
            foreach (var scope in ScopeKeys)
                data.Add(kpi.Key, scope);
        return data;
    }

    public static TheoryData<string, KpiScopeKind, string> MetricsByGroup()
    {
        var data = new TheoryData<string, KpiScopeKind, string>();
        foreach (var kpi in KpiCatalogue.All)
            foreach (var groupBy in new[] { KpiScopeKind.Rep, KpiScopeKind.Team, KpiScopeKind.Region })
                foreach (var within in new[] { "company", "region:east", "team:east-1", "rep:r2" })
                    data.Add(kpi.Key, groupBy, within);
        return data;
    }

    public static TheoryData<string> AllScopes() => [.. ScopeKeys];

    [Fact]
    public void TheCatalogueListsTenDistinctKpis()
    {
        Assert.Equal(10, KpiCatalogue.All.Count);
        Assert.Equal(10, KpiCatalogue.All.Select(k => k.Key).Distinct().Count());
        Assert.All(KpiCatalogue.All, k => Assert.Same(k, KpiCatalogue.Get(k.Key.ToUpperInvariant())));
        Assert.Null(KpiCatalogue.Find("profit"));
    }

    [Theory]
    [MemberData(nameof(MetricsByScope))]
    public Task SqliteMeasureFollowsTheFormula(string metric, string scope) => MeasureFollowsTheFormula(false, metric, scope);

    [PostgresTheory]
    [MemberData(nameof(MetricsByScope))]
    public Task PostgresMeasureFollowsTheFormula(string metric, string scope) => MeasureFollowsTheFormula(true, metric, scope);

    [Theory]
    [MemberData(nameof(MetricsByGroup))]
    public Task SqliteMeasureEachFollowsTheFormula(string metric, KpiScopeKind groupBy, string within) => MeasureEachFollowsTheFormula(false, metric, groupBy, within);

    [PostgresTheory]
    [MemberData(nameof(MetricsByGroup))]
    public Task PostgresMeasureEachFollowsTheFormula(string metric, KpiScopeKind groupBy, string within) => MeasureEachFollowsTheFormula(true, metric, groupBy, within);

    [Theory]
    [MemberData(nameof(AllScopes))]
    public Task SqliteChannelsAndGrowthFollowTheFormula(string scope) => ChannelsAndGrowthFollowTheFormula(false, scope);

    [PostgresTheory]
    [MemberData(nameof(AllScopes))]
    public Task PostgresChannelsAndGrowthFollowTheFormula(string scope) => ChannelsAndGrowthFollowTheFormula(true, scope);

    [Fact]
    public Task SqliteCompanyOctoberMatchesTheHandComputedFigures() => CompanyOctoberMatchesTheHandComputedFigures(false);

    [PostgresFact]
    public Task PostgresCompanyOctoberMatchesTheHandComputedFigures() => CompanyOctoberMatchesTheHandComputedFigures(true);

    [Fact]
    public Task SqliteEmptyPeriodsAndScopesGiveZeroOrNothing() => EmptyPeriodsAndScopesGiveZeroOrNothing(false);

    [PostgresFact]
    public Task PostgresEmptyPeriodsAndScopesGiveZeroOrNothing() => EmptyPeriodsAndScopesGiveZeroOrNothing(true);

    private async Task MeasureFollowsTheFormula(bool postgres, string metric, string scopeKey)
    {
        var db = await databases.GetAsync(postgres);
        var scope = Scope(scopeKey);
        foreach (var (from, to) in Periods)
        {
            var expected = db.Oracle.Measure(metric, scope, from, to);
            var actual = await db.Engine.MeasureAsync(metric, scope, from, to);
            AssertFigure(metric, expected, actual, $"{metric} for {scopeKey} from {from:yyyy-MM-dd}");
        }
    }

    private async Task MeasureEachFollowsTheFormula(bool postgres, string metric, KpiScopeKind groupBy, string withinKey)
    {
        var db = await databases.GetAsync(postgres);
        var within = Scope(withinKey);
        foreach (var (from, to) in Periods)
        {
            var context = $"{metric} by {groupBy} within {withinKey} from {from:yyyy-MM-dd}";
            var expected = db.Oracle.MeasureEach(metric, groupBy, within, from, to);
            var actual = await db.Engine.MeasureEachAsync(metric, groupBy, within, from, to);
            Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()),
                $"{context}: expected groups [{string.Join(", ", expected.Keys.Order())}], engine [{string.Join(", ", actual.Keys.Order())}]");
            foreach (var (key, figure) in expected)
                AssertFigure(metric, figure, actual[key], $"{context}, group {key}");
        }
    }

    private async Task ChannelsAndGrowthFollowTheFormula(bool postgres, string scopeKey)
    {
        var db = await databases.GetAsync(postgres);
        var scope = Scope(scopeKey);
        foreach (var (from, to) in Periods)
        {
            var context = $"channels for {scopeKey} from {from:yyyy-MM-dd}";
            var expected = db.Oracle.Channels(scope, from, to);
            var actual = await db.Engine.ChannelsAsync(scope, from, to);
            Assert.True(expected.Select(r => r.Channel).SequenceEqual(actual.Select(r => r.Channel)),
                $"{context}: expected [{string.Join(", ", expected.Select(r => r.Channel))}], engine [{string.Join(", ", actual.Select(r => r.Channel))}]");
            foreach (var (e, a) in expected.Zip(actual))
            {
                Assert.True(e.Revenue == a.Revenue && e.Orders == a.Orders, $"{context}, {e.Channel}: expected {e}, engine {a}");
                Assert.True(Math.Round(e.AverageOrderValue, 2) == a.AverageOrderValue, $"{context}, {e.Channel}: expected AOV {e.AverageOrderValue}, engine {a.AverageOrderValue}");
                Assert.True(Math.Round(e.SharePercent, 2) == a.SharePercent, $"{context}, {e.Channel}: expected share {e.SharePercent}, engine {a.SharePercent}");
            }

            // The channel KPI's single figure is the revenue the channels share.
            var total = await db.Engine.MeasureAsync(KpiCatalogue.ChannelEfficiency, scope, from, to);
            Assert.Equal(expected.Sum(r => r.Revenue), total.Value);
            Assert.Equal(expected.Sum(r => r.Orders), total.SampleSize);

            // Growth against the calendar's previous month (GrowthAsync), not the same length before (MeasureAsync).
            var (previousFrom, previousTo) = (from.AddMonths(-1), from);
            var growth = await db.Engine.GrowthAsync(scope, from, to, previousFrom, previousTo);
            AssertFigure(KpiCatalogue.GrowthRate, db.Oracle.Growth(scope, from, to, previousFrom, previousTo), growth, $"growth for {scopeKey} from {from:yyyy-MM-dd}");
        }
    }

    private async Task CompanyOctoberMatchesTheHandComputedFigures(bool postgres)
    {
        var engine = (await databases.GetAsync(postgres)).Engine;
        var (from, to) = October;
        async Task<KpiFigure> Measure(string metric) => await engine.MeasureAsync(metric, KpiScope.Company, from, to);

        // CNY orders created in October (China time): 1000.00 + 800.25 + 1500.00 + 300.10 + 4200.00 + 1200.00 + 700.00
        // + 3100.00 + 999.99 + 640.00 + 1999.99 + 5000.00 + 88.00 = 21528.33 over 13 orders (the USD 9999.00 left out,
        // 09-30 23:30 +08 and 11-01 00:00 +08 outside, 10-01 07:59 +08 = 09-30 23:59Z inside).
        Assert.Equal(new KpiFigure(21528.33m, 13), await Measure(KpiCatalogue.Revenue));
        // 13 CNY orders + 1 USD order: counting needs no exchange rate.
        Assert.Equal(new KpiFigure(14, 14), await Measure(KpiCatalogue.OrderCount));
        Assert.Equal("14", (await Measure(KpiCatalogue.OrderCount)).Value?.ToString(CultureInfo.InvariantCulture)); // not "14.0"
        // c1, c2, c3, c4, c5, c7, c8 ordered in October.
        Assert.Equal(new KpiFigure(7, 7), await Measure(KpiCatalogue.CustomerCount));
        // c2 (10-01 00:10), c4, c5 (10-31 23:59); not c3 (09-30 23:30) nor c6 (11-01 00:05).
        Assert.Equal(new KpiFigure(3, 3), await Measure(KpiCatalogue.NewCustomers));
        // (5 + 4 + 3 + 2) / 4 = 3.5
        Assert.Equal(new KpiFigure(3.5m, 4), await Measure(KpiCatalogue.Csat));
        // (36 + 12 + 1 + 2 + 96 + 12.5 + 48 + 2 + 4 + 12 + 0.5) h / 11 fulfilled orders = 226 / 11 = 20.5454... h
        Assert.Equal(new KpiFigure(20.5455m, 11), await Measure(KpiCatalogue.OrderHandlingTime));
        // (2.5 + 8 + 24 + 0.75 + 1.01 + 10) h / 6 answered requests = 46.26 / 6 = 7.71 h
        Assert.Equal(new KpiFigure(7.71m, 6), await Measure(KpiCatalogue.ResponseTime));
        // 4 won / (4 won + 3 lost) = 57.142857...%; the open deal and the Lead with a close date do not count.
        Assert.Equal(new KpiFigure(57.1429m, 7), await Measure(KpiCatalogue.ConversionRate));
        // Same length (31 days) before: 08-31 00:00 +08 to 10-01 00:00 +08 = September's 2500.50 + 450.00 + 120.00 + 2000.00
        // and August 31st's 20.00 = 5090.50 over 5 orders; (21528.33 - 5090.50) / 5090.50 = 322.9118...%
        Assert.Equal(new KpiFigure(322.9119m, 18), await Measure(KpiCatalogue.GrowthRate));
        // Calendar September: 5070.50 over 4 orders; (21528.33 - 5070.50) / 5070.50 = 324.5800...%
        Assert.Equal(new KpiFigure(324.58m, 17), await engine.GrowthAsync(KpiScope.Company, from, to, September.From, September.To));

        // direct 1000 + 4200 + 1200 + 640 + 1999.99 + 5000 = 14039.99 / 6 = 2340.00, 65.22%; partner 1500 + 3100 = 4600 / 2;
        // online 800.25 + 999.99 + 88 = 1888.24 / 3 = 629.41, 8.77%; phone 300.10 + 700 = 1000.10 / 2 = 500.05, 4.65%.
        Assert.Equal(
            [
                new KpiChannelRow("direct", 14039.99m, 6, 2340.00m, 65.22m),
                new KpiChannelRow("partner", 4600.00m, 2, 2300.00m, 21.37m),
                new KpiChannelRow("online", 1888.24m, 3, 629.41m, 8.77m),
                new KpiChannelRow("phone", 1000.10m, 2, 500.05m, 4.65m),
            ],
            await engine.ChannelsAsync(KpiScope.Company, from, to));

        // Team east-1 is r1's 1000 + 800.25 + 1999.99 and r2's 1500 + 300.10 (r2's 640 was credited to east-2).
        var teams = await engine.MeasureEachAsync(KpiCatalogue.Revenue, KpiScopeKind.Team, KpiScope.Company, from, to);
        Assert.Equal(new KpiFigure(5600.34m, 5), teams["east-1"]);
        Assert.Equal(new KpiFigure(11040.00m, 4), teams["east-2"]);
        Assert.Equal(new KpiFigure(4887.99m, 4), teams["south-1"]);
        // Nobody answered a survey for r4: south has no CSAT, and is not ranked on it.
        var csat = await engine.MeasureEachAsync(KpiCatalogue.Csat, KpiScopeKind.Region, KpiScope.Company, from, to);
        Assert.Equal(["east"], csat.Keys);
        Assert.Equal(new KpiFigure(3.5m, 4), csat["east"]);
    }

    private async Task EmptyPeriodsAndScopesGiveZeroOrNothing(bool postgres)
    {
        var engine = (await databases.GetAsync(postgres)).Engine;
        var (from, to) = Month(2025, 1);
        foreach (var kpi in KpiCatalogue.All)
        {
            var figure = await engine.MeasureAsync(kpi.Key, KpiScope.Company, from, to);
            // Sums and counts of nothing are 0; a mean, a ratio or a growth over nothing is not a number.
            var expected = kpi.Unit is KpiUnit.Currency or KpiUnit.Count ? new KpiFigure(0, 0) : KpiFigure.Empty;
            Assert.True(expected == figure, $"{kpi.Key}: expected {expected}, engine {figure}");
            Assert.Empty(await engine.MeasureEachAsync(kpi.Key, KpiScopeKind.Rep, KpiScope.Company, from, to));
        }
        Assert.Empty(await engine.ChannelsAsync(KpiScope.Company, from, to));

        // r4 had orders in October but no survey: CSAT is null, revenue is not.
        var r4 = KpiScope.Rep("r4", "赵磊");
        Assert.Equal(KpiFigure.Empty, await engine.MeasureAsync(KpiCatalogue.Csat, r4, October.From, October.To));
        // r4 sold only in USD in September: no growth against calendar September (nothing to divide by).
        Assert.Equal(new KpiFigure(null, 4), await engine.GrowthAsync(r4, October.From, October.To, September.From, September.To));
        // The admin sells nothing: 0 revenue, no orders, no growth (nothing to grow from).
        var admin = KpiScope.Rep("admin", "管理员");
        Assert.Equal(new KpiFigure(0, 0), await engine.MeasureAsync(KpiCatalogue.Revenue, admin, October.From, October.To));
        Assert.Equal(KpiFigure.Empty, await engine.GrowthAsync(admin, October.From, October.To, September.From, September.To));
        Assert.Empty(await engine.ChannelsAsync(admin, October.From, October.To));
    }

    /// <summary>Sums and counts exactly; means, ratios and percentages to the engine's four decimals.</summary>
    private static void AssertFigure(string metric, KpiFigure expected, KpiFigure actual, string context)
    {
        var exact = KpiCatalogue.Get(metric).Unit is KpiUnit.Currency or KpiUnit.Count && metric != KpiCatalogue.GrowthRate;
        var ok = expected.SampleSize == actual.SampleSize && (expected.Value, actual.Value) switch
        {
            (null, null) => true,
            ({ } e, { } a) => exact ? e == a : Math.Abs(e - a) <= 0.00005m,
            _ => false,
        };
        Assert.True(ok, $"{context}: expected {expected}, engine {actual}");
    }
}
