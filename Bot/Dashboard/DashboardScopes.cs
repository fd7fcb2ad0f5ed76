using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Bot.Dashboard;

/// <summary>
/// What the scope picker offers: only scopes SalesAccess lets the viewer see (a rep: themself; a manager: the team and
/// each of its reps; an admin: the company, each region, each team and each rep), in the order of the organisation.
/// </summary>
public static class DashboardScopes
{
    public static IReadOnlyList<DashboardScopeOption> For(SalesViewer viewer, OrgSnapshot org, string locale)
    {
        var options = new List<DashboardScopeOption>();
        if (viewer.Role == SalesRole.Admin)
        {
            options.Add(Option(KpiScope.Company, 0, locale));
            foreach (var region in org.Regions.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                options.Add(Option(KpiScope.Region(region.Id, region.Name), 1, locale));
                foreach (var team in org.Teams.Values.Where(t => t.RegionId == region.Id).OrderBy(t => t.Id, StringComparer.Ordinal))
                    AddTeam(options, team.Id, team.Name, 2, org, locale);
            }
        }
        else if (viewer.Role == SalesRole.Manager && viewer.TeamId is { } teamId)
            AddTeam(options, teamId, org.TeamName(teamId) ?? teamId, 0, org, locale);
        else
            options.Add(Option(KpiScope.Rep(viewer.UserId, viewer.Name), 0, locale));
        return options;
    }

    private static void AddTeam(List<DashboardScopeOption> options, string teamId, string teamName, int depth, OrgSnapshot org, string locale)
    {
        options.Add(Option(KpiScope.Team(teamId, teamName), depth, locale));
        foreach (var rep in org.Users.Values.Where(u => u.TeamId == teamId && u.Role == SalesRole.Rep).OrderBy(u => u.Id, StringComparer.Ordinal))
            options.Add(Option(KpiScope.Rep(rep.Id, rep.Name), depth + 1, locale));
    }

    private static DashboardScopeOption Option(KpiScope scope, int depth, string locale) =>
        new(scope.Key, scope.Kind.ToString().ToLowerInvariant(), scope.Id, scope.Display(locale), depth);
}

/// <param name="Token">What ?scope= takes ("company", "region:east", "team:east-1", "rep:r01").</param>
/// <param name="Depth">Nesting in the picker: regions under the company, teams under a region, reps under a team.</param>
public sealed record DashboardScopeOption(string Token, string Kind, string? Id, string Name, int Depth);
