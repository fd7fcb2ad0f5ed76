using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>
/// 2,000 customers spread evenly over the reps, named after a city in the rep's region, and the
/// per-customer facts the other generators need: how much it buys and when it went quiet.
/// </summary>
internal sealed class DemoCustomers
{
    private static readonly Dictionary<string, double> TierWeights = new() { ["A"] = 5, ["B"] = 2, ["C"] = 1 };

    public DemoCustomers(IReadOnlyList<SalesUser> reps, DemoCalendar calendar)
    {
        var random = DemoRandom.For(2);
        var names = new HashSet<string>(DemoPlan.NamedCustomers.Values);
        var customers = new Customer[DemoPlan.CustomerCount];
        Weights = new double[customers.Length];
        QuietFrom = new DateTimeOffset?[customers.Length];
        for (var i = 0; i < customers.Length; i++)
        {
            var owner = reps[i % reps.Count];
            var id = $"c{i + 1:0000}";
            var (industry, words) = random.Pick(DemoNames.Industries);
            var name = id == DemoPlan.ConcentratedCustomerId ? "深圳华晟电子科技有限公司" : UniqueName(random, owner.RegionId!, words, names);
            // A customer the examples name replaces the drawn one (drawn anyway: the others keep their names).
            if (DemoPlan.NamedCustomers.TryGetValue(id, out var named)) name = named;
            names.Add(name);
            var tier = id == DemoPlan.ConcentratedCustomerId ? "A" : random.NextDouble() switch { < 0.1 => "A", < 0.4 => "B", _ => "C" };
            // Some customers predate the history window, the rest arrive during it (at the latest a month ago).
            var created = DemoCalendar.WorkingTime(calendar.First.AddDays(random.Next(-365, DemoPlan.HistoryDays - 30)), random);
            // The big account has been with us for years: its share must not depend on when it arrived.
            if (id == DemoPlan.ConcentratedCustomerId) created = DemoCalendar.WorkingTime(calendar.First.AddDays(-400), random);
            if (DemoPlan.IsDormant(i))
            {
                var quiet = DemoCalendar.At(calendar.Anchor.AddDays(-random.Next(120, 270)), 10);
                if (created > quiet) created = quiet.AddDays(-random.Next(30, 365));
                QuietFrom[i] = quiet;
            }
            customers[i] = new Customer
            {
                Id = id, Name = name, Industry = industry, Tier = tier, OwnerId = owner.Id, TeamId = owner.TeamId,
                RegionId = owner.RegionId, CreatedAt = created, SourceSystem = DemoPlan.SourceSystem, SourceId = id,
            };
            Weights[i] = TierWeights[tier];
        }
        All = customers;
        Sampler = new WeightedSampler(Weights);
        Index = customers.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        ByOwner = Enumerable.Range(0, customers.Length).GroupBy(i => customers[i].OwnerId!).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<Customer> All { get; }
    public double[] Weights { get; }

    /// <summary>Planted dormant customers: no order, deal or contact after this instant.</summary>
    public DateTimeOffset?[] QuietFrom { get; }
    public WeightedSampler Sampler { get; }
    public IReadOnlyDictionary<string, int> Index { get; }
    public IReadOnlyDictionary<string, int[]> ByOwner { get; }

    /// <summary>Whether the customer can buy or be contacted at that moment: it exists, and has not gone quiet.</summary>
    public bool IsActiveAt(int index, DateTimeOffset at) => at >= All[index].CreatedAt && (QuietFrom[index] is not { } quiet || at <= quiet);

    private static string UniqueName(Random random, string regionId, string[] words, HashSet<string> taken)
    {
        while (true)
        {
            var name = random.Pick(DemoNames.CitiesByRegion[regionId]) + random.Pick(DemoNames.Brands) + random.Pick(words) + random.Pick(DemoNames.Suffixes);
            if (!taken.Contains(name)) return name;
        }
    }
}
