using SalesCoach.Data.Demo;

namespace SalesCoach.Tests.SalesData;

/// <summary>The figures two demo companies must agree on: row counts and the money and score totals.</summary>
internal sealed record DemoAggregates(string Counts, decimal OrderAmount, decimal DealAmount, int SurveyScore, decimal TargetValue)
{
    public static DemoAggregates Of(DemoCompany c) => new(
        CountsOf(c.Regions.Count, c.Teams.Count, c.Users.Count, c.Customers.Count, c.Deals.Count, c.Orders.Count, c.Interactions.Count, c.Surveys.Count, c.Targets.Count),
        c.Orders.Sum(o => o.Amount), c.Deals.Sum(d => d.Amount), c.Surveys.Sum(s => s.Score), c.Targets.Sum(t => t.Value));

    public static string CountsOf(params int[] counts) => string.Join(",", counts);
}
