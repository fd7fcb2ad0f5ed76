using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;

namespace SalesCoach.Bot.Dashboard;

/// <summary>One dashboard request after its checks: who is looking, at which scope they may see, over which period, in which language.</summary>
/// <param name="ScopeToken">The scope as the KPI skill reads it ("company", "team:east-1", "rep:r01"): what the engine is asked with.</param>
/// <param name="PeriodToken">The period as the request named it ("month", "2026-Q4").</param>
public sealed record DashboardView(
    SalesViewer Viewer,
    OrgSnapshot Org,
    KpiScope Scope,
    string ScopeToken,
    KpiPeriod Period,
    string PeriodToken,
    string Locale,
    DateTimeOffset Now)
{
    /// <summary>The sales users whose records the scope covers: everyone of the company, a region, a team, or the one rep.</summary>
    public IReadOnlyList<string> UserIds => Scope.Kind switch
    {
        KpiScopeKind.Company => [.. Org.Users.Keys],
        KpiScopeKind.Region => [.. Org.Users.Values.Where(u => u.RegionId == Scope.Id).Select(u => u.Id)],
        KpiScopeKind.Team => [.. Org.Users.Values.Where(u => u.TeamId == Scope.Id).Select(u => u.Id)],
        _ => [Scope.Id!],
    };

    /// <summary>The teams inside the scope (none for a rep).</summary>
    public IReadOnlyList<string> TeamIds => Scope.Kind switch
    {
        KpiScopeKind.Company => [.. Org.Teams.Keys],
        KpiScopeKind.Region => [.. Org.Teams.Values.Where(t => t.RegionId == Scope.Id).Select(t => t.Id)],
        KpiScopeKind.Team => [Scope.Id!],
        _ => [],
    };
}
