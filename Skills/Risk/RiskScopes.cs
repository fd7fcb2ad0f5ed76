using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// Which scope a risk check covers and who owns its actions. The default is the widest scope the viewer may see
/// (SalesAccess); a team or rep named in the request narrows it, when the viewer may see them. The proposed owner
/// is the team's manager for a team, otherwise the viewer.
/// </summary>
public sealed class RiskScopes(SalesOrganisation organisation)
{
    public async Task<(KpiScope Scope, AccessDecision Access)> ResolveAsync(SalesViewer viewer, string text, CancellationToken cancellationToken)
    {
        var org = await organisation.GetAsync(cancellationToken);
        // Longest name first: "华南二组" must not be taken for a team called "华南".
        var team = org.Teams.Values.OrderByDescending(t => t.Name.Length)
            .FirstOrDefault(t => text.Contains(t.Name, StringComparison.OrdinalIgnoreCase) || text.Contains(t.Id, StringComparison.OrdinalIgnoreCase));
        if (team is not null)
        {
            var teamScope = KpiScope.Team(team.Id, team.Name);
            return (teamScope, SalesAccess.CanSee(viewer, teamScope));
        }
        // A region ("华南区", "South China"): by its name, or its id as a whole word (east / south / north).
        var region = org.Regions.Values.OrderByDescending(r => r.Name.Length)
            .FirstOrDefault(r => text.Contains(r.Name, StringComparison.OrdinalIgnoreCase)
                || System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(r.Id)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        if (region is not null)
        {
            var regionScope = KpiScope.Region(region.Id, region.Name);
            return (regionScope, SalesAccess.CanSee(viewer, regionScope));
        }
        // A rep named by their full name ("做个李娜的风险检查"): a manager assesses one of their reps.
        var rep = org.Users.Values.Where(u => u.Role == SalesRole.Rep && u.Name.Length >= 2).OrderByDescending(u => u.Name.Length)
            .FirstOrDefault(u => text.Contains(u.Name, StringComparison.OrdinalIgnoreCase));
        if (rep is not null)
        {
            var repScope = KpiScope.Rep(rep.Id, rep.Name);
            return (repScope, SalesAccess.CanSee(viewer, repScope, rep.TeamId));
        }
        var scope = SalesAccess.DefaultScope(viewer, org.TeamName(viewer.TeamId));
        return (scope, SalesAccess.CanSee(viewer, scope));
    }

    /// <summary>
    /// A name the recogniser found in the request ("给王小明做个风险评估", "risk check for Globex") that is no team or
    /// rep of the company: the check is not started on some other scope, the user is told. Null when the request
    /// names nobody, or names a team or rep <see cref="ResolveAsync"/> recognises.
    /// </summary>
    public async Task<string?> UnknownNameAsync(IEnumerable<string> namedInRequest, CancellationToken cancellationToken)
    {
        var org = await organisation.GetAsync(cancellationToken);
        return namedInRequest.FirstOrDefault(name => !org.Teams.Values.Any(t => Same(t.Name, name) || Same(t.Id, name))
            && !org.Regions.Values.Any(r => Same(r.Name, name) || Same(r.Id, name))
            && !org.Users.Values.Any(u => Same(u.Name, name) || Same(u.Id, name)));

        static bool Same(string a, string b) => a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
    }

    public async Task<(string? Id, string Name)> DefaultOwnerAsync(SalesViewer viewer, KpiScope scope, CancellationToken cancellationToken)
    {
        if (scope.Kind != KpiScopeKind.Team) return (viewer.UserId, viewer.Name);
        var org = await organisation.GetAsync(cancellationToken);
        var manager = org.Users.Values.Where(u => u.Role == SalesRole.Manager && u.TeamId == scope.Id).OrderBy(u => u.Id, StringComparer.Ordinal).FirstOrDefault();
        return manager is not null ? (manager.Id, manager.Name) : (viewer.UserId, viewer.Name);
    }
}
