using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Goals;

namespace SalesCoach.Bot.Dashboard;

/// <summary>Goal pace for the scope: the goals the viewer may see (the chat's rule), those owned inside the scope, each measured by the goal engine.</summary>
public sealed class DashboardGoals(GoalProgressService progress, GoalText text)
{
    public async Task<IReadOnlyList<DashboardGoal>> ListAsync(DashboardView view, CancellationToken cancellationToken)
    {
        var visible = await progress.VisibleAsync(view.Viewer, view.Org, cancellationToken);
        var users = view.UserIds.ToHashSet(StringComparer.Ordinal);
        var teams = view.TeamIds.ToHashSet(StringComparer.Ordinal);
        var rows = new List<DashboardGoal>();
        foreach (var goal in visible.Where(g => g.OwnerKind == GoalOwnerKind.Rep ? users.Contains(g.OwnerId) : teams.Contains(g.OwnerId)).OrderBy(g => g.Deadline).ThenBy(g => g.Id))
        {
            var pace = await progress.PaceAsync(goal, view.Now, cancellationToken);
            rows.Add(new DashboardGoal(goal.Id, goal.OwnerKind == GoalOwnerKind.Team ? "team" : "rep", goal.OwnerId, goal.OwnerName, goal.Metric,
                KpiCatalogue.Get(goal.Metric).Name(view.Locale), goal.Target, text.Value(goal.Metric, goal.Target, view.Locale),
                text.Day(goal.StartsAt), text.LastDay(goal.Deadline), pace.Value, text.Value(goal.Metric, pace.Value, view.Locale),
                pace.PercentAchieved, pace.ExpectedPercent, pace.Forecast, text.Value(goal.Metric, pace.Forecast, view.Locale), pace.OnTrack, pace.IsTotal));
        }
        return rows;
    }
}

/// <param name="PercentAchieved">Done: how much of the target is reached.</param>
/// <param name="ExpectedPercent">Expected: where a steady pace would be by now.</param>
/// <param name="Forecast">Where the goal lands at the deadline on the present pace.</param>
public sealed record DashboardGoal(long Id, string OwnerKind, string OwnerId, string OwnerName, string Metric, string MetricName,
    decimal Target, string TargetText, string Starts, string LastDay, decimal? Value, string ValueText,
    decimal? PercentAchieved, decimal ExpectedPercent, decimal? Forecast, string ForecastText, bool OnTrack, bool IsTotal);
