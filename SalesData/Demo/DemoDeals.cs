using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>
/// <see cref="DemoPlan.DealsPerRep"/> deals per rep spread over the two years; those old enough are
/// closed, won at the rep's own rate. Planted: the declining rep's rate falls each quarter.
/// </summary>
internal static class DemoDeals
{
    private static readonly DealStage[] OpenStages = [DealStage.Lead, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation];

    public static List<Deal> Generate(DemoCalendar calendar, DemoCustomers customers, IReadOnlyList<SalesUser> reps)
    {
        var random = DemoRandom.For(4);
        var deals = new List<Deal>(reps.Count * DemoPlan.DealsPerRep);
        foreach (var rep in reps)
        {
            var skill = 0.30 + random.NextDouble() * 0.2;
            var own = customers.ByOwner[rep.Id];
            for (var n = 0; n < DemoPlan.DealsPerRep; n++)
            {
                var created = DemoCalendar.WorkingTime(calendar.Day(random.Next(DemoPlan.HistoryDays)), random);
                int c;
                do c = random.Pick(own); while (!customers.IsActiveAt(c, created));
                var customer = customers.All[c];
                var closed = created.AddDays(10 + random.NextDouble() * 65);
                var isClosed = closed < calendar.Now;
                var won = random.NextDouble() < WinRate(rep.Id, skill, calendar, closed);
                deals.Add(new Deal
                {
                    CustomerId = customer.Id, OwnerId = rep.Id, TeamId = rep.TeamId, RegionId = rep.RegionId,
                    Stage = isClosed ? (won ? DealStage.Won : DealStage.Lost) : random.Pick(OpenStages),
                    Amount = DemoRandom.Money(random.LogNormal(customer.Tier == "A" ? 60_000 : customer.Tier == "B" ? 25_000 : 10_000, 0.5)),
                    Currency = DemoPlan.Currency,
                    Channel = random.Pick(SalesChannels.All),
                    CreatedAt = created,
                    ClosedAt = isClosed ? closed : null,
                });
            }
        }
        deals.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        for (var i = 0; i < deals.Count; i++) deals[i].Id = i + 1;
        return deals;
    }

    private static double WinRate(string repId, double skill, DemoCalendar calendar, DateTimeOffset closed)
    {
        if (repId != DemoPlan.DecliningRepId) return skill;
        var quartersAgo = (int)((calendar.Now - closed).TotalDays / 91);
        return quartersAgo switch { 0 => 0.10, 1 => 0.18, 2 => 0.28, 3 => 0.38, _ => 0.45 };
    }
}
