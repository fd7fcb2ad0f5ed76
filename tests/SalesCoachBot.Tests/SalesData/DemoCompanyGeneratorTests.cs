using SalesCoach.Data.Demo;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.SalesData;

public sealed class DemoCompanyGeneratorTests
{
    private static readonly DateOnly Anchor = new(2026, 11, 27);
    private static readonly Lazy<DemoCompany> Company = new(() => DemoCompanyGenerator.Generate(Anchor));

    [Fact]
    public void TwoRunsGiveTheSameCompany()
    {
        var again = DemoCompanyGenerator.Generate(Anchor);
        Assert.Equal(DemoAggregates.Of(Company.Value), DemoAggregates.Of(again));
        Assert.Equal(Company.Value.Customers.Select(c => c.Name), again.Customers.Select(c => c.Name));
        Assert.Equal(Company.Value.Users.Select(u => (u.Id, u.Name, u.TeamsAadObjectId)), again.Users.Select(u => (u.Id, u.Name, u.TeamsAadObjectId)));
    }

    [Fact]
    public void RowCountsAreTheSameForAnyAnchor()
    {
        var other = DemoCompanyGenerator.Generate(new DateOnly(2025, 2, 1));
        Assert.Equal(DemoAggregates.Of(Company.Value).Counts, DemoAggregates.Of(other).Counts);
    }

    [Fact]
    public void TheCompanyHasTheAgreedShape()
    {
        var c = Company.Value;
        Assert.Equal(["华东", "华南", "华北"], c.Regions.Select(r => r.Name));
        Assert.Equal(5, c.Teams.Count);
        Assert.Equal(30, c.Users.Count(u => u.Role == SalesRole.Rep));
        Assert.Equal(5, c.Users.Count(u => u.Role == SalesRole.Manager));
        Assert.Single(c.Users, u => u.Role == SalesRole.Admin);
        Assert.Contains(c.Users, u => u.Name == "张伟");
        Assert.Equal(c.Users.Count, c.Users.Select(u => u.Name).Distinct().Count());
        Assert.Equal(2000, c.Customers.Select(x => x.Name).Distinct().Count());
        Assert.Equal(100_000, c.Orders.Count);
        var now = new DateTimeOffset(Anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        Assert.All(c.Orders, o => Assert.True(o.CreatedAt < now && o.CreatedAt.Offset == TimeSpan.Zero));
        Assert.All(c.Interactions, i => Assert.True(i.OccurredAt < now));
        Assert.All(c.Surveys, s => Assert.InRange(s.Score, 1, 5));
    }

    [Fact]
    public void OrdersFollowTheSeasons()
    {
        decimal Month(int year, int month) => Company.Value.Orders
            .Where(o => o.CreatedAt.ToOffset(TimeSpan.FromHours(8)) is var local && local.Year == year && local.Month == month).Sum(o => o.Amount);
        Assert.True(Month(2025, 11) > 1.8m * Month(2025, 2), "双11 outsells 春节");
        Assert.True(Month(2026, 6) > Month(2026, 4), "618 outsells April");
    }

    [Fact]
    public void TheDecliningRepsConversionFallsQuarterAfterQuarter()
    {
        var rates = DemoSignals.WinRateByQuartersAgo(Company.Value, DemoPlan.DecliningRepId);
        Assert.True(rates[0] < rates[1] && rates[1] < rates[3], string.Join(", ", rates));
        Assert.True(rates[0] < 0.2 && rates[4] > 0.35, string.Join(", ", rates));
        var others = DemoSignals.WinRateByQuartersAgo(Company.Value, "r01");
        Assert.True(others[0] > 0.25, string.Join(", ", others));
    }

    [Fact]
    public void TheSlowRegionAnswersFarLater()
    {
        var medians = DemoSignals.MedianResponseHoursByRegion(Company.Value);
        Assert.True(medians[DemoPlan.SlowRegionId] > 4 * medians["east"] && medians[DemoPlan.SlowRegionId] > 4 * medians["south"],
            string.Join(", ", medians));
    }

    [Fact]
    public void DormantCustomersHaveNotBeenContactedForMonths()
    {
        var cutoff = new DateTimeOffset(Anchor.AddDays(-90).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var quiet = Company.Value.Customers.Where(c => c.LastContactAt < cutoff).ToList();
        Assert.Equal(100, quiet.Count);
        Assert.All(quiet, c => Assert.DoesNotContain(Company.Value.Orders, o => o.CustomerId == c.Id && o.CreatedAt > c.LastContactAt!.Value.AddDays(1)));
    }

    [Fact]
    public void OneCustomerCarriesTooMuchOfOneTeamsRevenue()
    {
        var share = DemoSignals.LargestCustomerShare(Company.Value, DemoPlan.ConcentratedTeamId);
        Assert.Equal(DemoPlan.ConcentratedCustomerId, share.CustomerId);
        Assert.InRange(share.Share, 0.3, 0.5);
        Assert.True(DemoSignals.LargestCustomerShare(Company.Value, "east-1").Share < 0.1);
    }
}
