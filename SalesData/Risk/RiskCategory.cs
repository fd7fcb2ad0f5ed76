namespace SalesCoach.Data.Risk;

/// <summary>Where a risk comes from: inside the company (people, process, systems) or outside it (market, customers, rules).</summary>
public enum RiskCategory
{
    Internal,
    External,
}
