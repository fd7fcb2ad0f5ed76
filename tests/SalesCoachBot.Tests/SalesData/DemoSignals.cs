using SalesCoach.Data.Demo;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.SalesData;

/// <summary>The planted problems, measured the simple way a coaching skill would, on the generated rows.</summary>
internal static class DemoSignals
{
    /// <summary>Won / (won + lost) by close date, per 91-day quarter counted back from the anchor (index 0 = the latest).</summary>
    public static double[] WinRateByQuartersAgo(DemoCompany c, string repId)
    {
        var now = new DateTimeOffset(c.Anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var closed = c.Deals.Where(d => d.OwnerId == repId && d.ClosedAt is not null)
            .GroupBy(d => Math.Min(4, (int)((now - d.ClosedAt!.Value).TotalDays / 91)));
        var rates = new double[5];
        foreach (var g in closed) rates[g.Key] = g.Count(d => d.Stage == DealStage.Won) / (double)g.Count();
        return rates;
    }

    public static Dictionary<string, double> MedianResponseHoursByRegion(DemoCompany c) => c.Interactions
        .Where(i => i.RequestedAt is not null)
        .GroupBy(i => i.RegionId!)
        .ToDictionary(g => g.Key, g =>
        {
            var hours = g.Select(i => (i.FirstResponseAt!.Value - i.RequestedAt!.Value).TotalHours).Order().ToList();
            return hours[hours.Count / 2];
        });

    public static (string CustomerId, double Share) LargestCustomerShare(DemoCompany c, string teamId)
    {
        var orders = c.Orders.Where(o => o.TeamId == teamId).ToList();
        var total = orders.Sum(o => o.Amount);
        var top = orders.GroupBy(o => o.CustomerId).Select(g => (g.Key, Sum: g.Sum(o => o.Amount))).MaxBy(x => x.Sum);
        return (top.Key, (double)(top.Sum / total));
    }
}
