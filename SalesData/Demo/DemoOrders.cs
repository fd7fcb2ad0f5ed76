using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>
/// Exactly <see cref="DemoPlan.OrderCount"/> orders on seasonal days. Planted: in the concentrated
/// team a quarter of the orders go to one big customer at one and a half times the usual size (about 35% of its revenue).
/// </summary>
internal static class DemoOrders
{
    private static readonly Dictionary<string, double> TierMedians = new() { ["A"] = 12_000, ["B"] = 5_000, ["C"] = 2_000 };
    private static readonly double[] ChannelWeights = [0.4, 0.3, 0.2, 0.1];

    public static List<Order> Generate(DemoCalendar calendar, DemoCustomers customers)
    {
        var random = DemoRandom.For(3);
        var channels = new WeightedSampler(ChannelWeights);
        var concentrated = customers.Index[DemoPlan.ConcentratedCustomerId];
        var orders = new List<Order>(DemoPlan.OrderCount);
        for (var n = 0; n < DemoPlan.OrderCount; n++)
        {
            var created = DemoCalendar.WorkingTime(calendar.Day(calendar.SeasonalDays.Sample(random)), random);
            int c;
            do c = customers.Sampler.Sample(random); while (!customers.IsActiveAt(c, created));
            // Sized like the order it replaces, half as big again: the share does not hinge on the big account's tier.
            var amount = random.LogNormal(TierMedians[customers.All[c].Tier!], 0.6);
            if (customers.All[c].TeamId == DemoPlan.ConcentratedTeamId && random.NextDouble() < 0.25)
            {
                c = concentrated;
                amount *= 1.5;
            }
            var customer = customers.All[c];
            var fulfilled = created.AddHours(random.LogNormal(40, 0.5));
            orders.Add(new Order
            {
                CustomerId = customer.Id, OwnerId = customer.OwnerId!, TeamId = customer.TeamId, RegionId = customer.RegionId,
                Amount = DemoRandom.Money(amount),
                Currency = DemoPlan.Currency,
                Channel = SalesChannels.All[channels.Sample(random)],
                CreatedAt = created,
                FulfilledAt = fulfilled <= calendar.Now ? fulfilled : null,
            });
        }
        orders.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        for (var i = 0; i < orders.Count; i++) orders[i].Id = i + 1;
        return orders;
    }
}
