using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>
/// Calls, visits, emails and callbacks. Inbound requests (callbacks, some emails) carry the wait for a
/// first response: a median of about two hours, about sixteen in the planted slow region. Every
/// customer gets one last touch: recent for active customers, at the moment they went quiet for dormant ones.
/// </summary>
internal static class DemoInteractions
{
    private static readonly double[] KindWeights = [0.4, 0.15, 0.3, 0.15];

    public static List<Interaction> Generate(DemoCalendar calendar, DemoCustomers customers)
    {
        var random = DemoRandom.For(5);
        var kinds = new WeightedSampler(KindWeights);
        var list = new List<Interaction>(DemoPlan.InteractionCount + customers.All.Count);
        for (var n = 0; n < DemoPlan.InteractionCount; n++)
        {
            // Two days' margin so that even a slow first response lands before "now".
            var at = DemoCalendar.WorkingTime(calendar.Day(random.Next(DemoPlan.HistoryDays - 2)), random);
            int c;
            do c = customers.Sampler.Sample(random); while (!customers.IsActiveAt(c, at));
            var kind = (InteractionKind)kinds.Sample(random);
            var inbound = kind == InteractionKind.Callback || (kind == InteractionKind.Email && random.NextDouble() < 0.4);
            list.Add(inbound ? Inbound(customers.All[c], kind, at, random) : Touch(customers.All[c], kind, at));
        }
        for (var c = 0; c < customers.All.Count; c++)
        {
            var last = customers.QuietFrom[c] ?? DemoCalendar.WorkingTime(calendar.Anchor.AddDays(-random.Next(2, 30)), random);
            list.Add(Touch(customers.All[c], InteractionKind.Call, last));
        }
        list.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        for (var i = 0; i < list.Count; i++) list[i].Id = i + 1;
        return list;
    }

    private static Interaction Touch(Customer customer, InteractionKind kind, DateTimeOffset at) => new()
    {
        CustomerId = customer.Id, OwnerId = customer.OwnerId!, TeamId = customer.TeamId, RegionId = customer.RegionId,
        Kind = kind, OccurredAt = at,
    };

    private static Interaction Inbound(Customer customer, InteractionKind kind, DateTimeOffset requested, Random random)
    {
        var median = customer.RegionId == DemoPlan.SlowRegionId ? 16.0 : 2.0;
        var response = requested.AddHours(Math.Min(47, random.LogNormal(median, 0.8)));
        var interaction = Touch(customer, kind, response);
        interaction.RequestedAt = requested;
        interaction.FirstResponseAt = response;
        return interaction;
    }
}
