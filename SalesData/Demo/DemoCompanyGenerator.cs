using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>
/// Builds the demo company in memory. A pure function of the anchor date and <see cref="DemoPlan.Seed"/>:
/// the same anchor gives the same rows, and the row counts are the same for every anchor. The seeder
/// passes today's date in the company calendar, so "本月" always has data; tests pass a fixed date.
/// </summary>
public static class DemoCompanyGenerator
{
    public static DemoCompany Generate(DateOnly anchor)
    {
        var calendar = new DemoCalendar(anchor);
        var people = DemoOrganisation.People();
        var reps = people.Where(p => p.Role == SalesRole.Rep).ToList();
        var teams = DemoOrganisation.Teams();
        var customers = new DemoCustomers(reps, calendar);
        var orders = DemoOrders.Generate(calendar, customers);
        var deals = DemoDeals.Generate(calendar, customers, reps);
        var interactions = DemoInteractions.Generate(calendar, customers);
        var lastContact = interactions.GroupBy(i => i.CustomerId).ToDictionary(g => g.Key, g => g.Max(i => i.OccurredAt));
        foreach (var customer in customers.All)
            customer.LastContactAt = lastContact.TryGetValue(customer.Id, out var at) ? at : null;
        return new DemoCompany(
            anchor, DemoOrganisation.Regions(), teams, people, customers.All, deals, orders, interactions,
            DemoSurveys.Generate(calendar, orders), DemoTargets.Generate(calendar, reps, teams, orders));
    }

    /// <summary>Today in the company calendar: the anchor the seed command and first run use.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(DemoPlan.CompanyOffset).DateTime);
}
