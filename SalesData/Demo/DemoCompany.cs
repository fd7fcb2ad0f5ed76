using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>The generated company, every table in insertion order (parents before children).</summary>
public sealed record DemoCompany(
    DateOnly Anchor,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<SalesUser> Users,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Deal> Deals,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<Interaction> Interactions,
    IReadOnlyList<Survey> Surveys,
    IReadOnlyList<Target> Targets);
