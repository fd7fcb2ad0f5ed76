using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Access;

/// <summary>
/// Who may see which figures: a rep their own, a manager their team's (the team and each rep in it),
/// an admin everything. Checked before any query runs, so a refused question computes nothing.
/// </summary>
public static class SalesAccess
{
    /// <summary>Where a question with no scope of its own looks: the widest scope the viewer may see.</summary>
    public static KpiScope DefaultScope(SalesViewer viewer, string? teamName) => viewer.Role switch
    {
        SalesRole.Admin => KpiScope.Company,
        SalesRole.Manager when viewer.TeamId is not null => KpiScope.Team(viewer.TeamId, teamName ?? viewer.TeamId),
        _ => KpiScope.Rep(viewer.UserId, viewer.Name),
    };

    /// <param name="repTeamId">For a rep scope: the team of the rep asked about (a manager sees reps of their own team only).</param>
    public static AccessDecision CanSee(SalesViewer viewer, KpiScope scope, string? repTeamId = null) => viewer.Role switch
    {
        SalesRole.Admin => AccessDecision.Allow,
        SalesRole.Manager => scope.Kind switch
        {
            KpiScopeKind.Team when viewer.TeamId is not null && scope.Id == viewer.TeamId => AccessDecision.Allow,
            KpiScopeKind.Rep when scope.Id == viewer.UserId || (viewer.TeamId is not null && repTeamId == viewer.TeamId) => AccessDecision.Allow,
            _ => AccessDecision.Deny(AccessReasons.ManagerTeamOnly),
        },
        _ => scope.Kind == KpiScopeKind.Rep && scope.Id == viewer.UserId
            ? AccessDecision.Allow
            : AccessDecision.Deny(AccessReasons.RepOwnOnly),
    };

    /// <summary>A ranking of reps, teams or regions inside a scope shows every member's figure.</summary>
    public static AccessDecision CanRank(SalesViewer viewer, KpiScopeKind level, KpiScope within)
    {
        if (viewer.Role == SalesRole.Rep) return AccessDecision.Deny(AccessReasons.RepNoRanking);
        if (viewer.Role == SalesRole.Admin) return AccessDecision.Allow;
        // A manager ranks the reps of their own team, nothing wider.
        return level == KpiScopeKind.Rep && within.Kind == KpiScopeKind.Team && viewer.TeamId is not null && within.Id == viewer.TeamId
            ? AccessDecision.Allow
            : AccessDecision.Deny(AccessReasons.ManagerTeamOnly);
    }
}
