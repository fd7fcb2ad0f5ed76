namespace SalesCoach.Data.Kpi;

/// <summary>Whose figures: the whole company, a region, a team or one rep.</summary>
public enum KpiScopeKind
{
    Company,
    Region,
    Team,
    Rep,
}
