using SalesCoach.Data.Access;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// Where goals stand: each goal's metric measured by the KPI engine over the goal's span so far, turned into
/// % achieved, pace against time elapsed, a forecast at the deadline and the weekly need (see GoalPaceCalculator).
/// </summary>
public sealed class GoalProgressService(GoalStore store, KpiEngine engine, GoalText text)
{
    /// <summary>The goals a viewer may see: a rep their own, a manager their team's and its reps', an admin all.</summary>
    public async Task<IReadOnlyList<Goal>> VisibleAsync(SalesViewer viewer, OrgSnapshot org, CancellationToken cancellationToken)
    {
        var (reps, teams) = viewer.Role switch
        {
            SalesRole.Admin => (org.Users.Keys.ToList(), org.Teams.Keys.ToList()),
            SalesRole.Manager when viewer.TeamId is { } team =>
                ([viewer.UserId, .. org.Users.Values.Where(u => u.TeamId == team).Select(u => u.Id)], [team]),
            _ => (new List<string> { viewer.UserId }, new List<string>()),
        };
        return await store.ActiveAsync(reps, teams, cancellationToken);
    }

    public async Task<GoalPace> PaceAsync(Goal goal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kpi = KpiCatalogue.Get(goal.Metric);
        var scope = goal.OwnerKind == GoalOwnerKind.Team ? KpiScope.Team(goal.OwnerId, goal.OwnerName) : KpiScope.Rep(goal.OwnerId, goal.OwnerName);
        var to = now < goal.Deadline ? now : goal.Deadline;
        decimal? value = null;
        if (to > goal.StartsAt)
            value = (await engine.MeasureAsync(goal.Metric, scope, goal.StartsAt, to, cancellationToken)).Value;
        var isTotal = kpi.Unit is KpiUnit.Currency or KpiUnit.Count;
        return GoalPaceCalculator.Compute(value, goal.Target, isTotal, kpi.HigherIsBetter, goal.StartsAt, goal.Deadline, now);
    }

    /// <summary>One line per goal.</summary>
    public string Line(Goal goal, GoalPace pace, string locale)
    {
        var name = KpiCatalogue.Get(goal.Metric).Name(locale);
        var head = Strings.Get(locale, "goal.progress.head", name, goal.OwnerName, text.Value(goal.Metric, goal.Target, locale), text.LastDay(goal.Deadline));
        var status = Strings.Get(locale, pace.OnTrack ? "goal.progress.onTrack" : "goal.progress.behind");
        if (pace.IsTotal)
        {
            var perWeek = pace.NeededPerWeek is { } w ? Strings.Get(locale, "goal.progress.perWeekLine", text.Value(goal.Metric, w, locale)) : string.Empty;
            return head + Strings.Get(locale, "goal.progress.total",
                text.Value(goal.Metric, pace.Value, locale), GoalText.Percent(pace.PercentAchieved, locale), GoalText.Percent(pace.ExpectedPercent, locale),
                text.Value(goal.Metric, pace.Forecast, locale), status) + perWeek;
        }
        return head + (pace.Value is null
            ? Strings.Get(locale, "goal.progress.noData")
            : Strings.Get(locale, "goal.progress.level", text.Value(goal.Metric, pace.Value, locale), GoalText.Percent(pace.PercentAchieved, locale), status));
    }

    /// <summary>
    /// For the daily digest: the pace of the goals the viewer is accountable for (a rep's own; a manager's own and
    /// their team's), one line each, in both languages.
    /// </summary>
    public async Task<IReadOnlyList<GoalPaceSummary>> PaceSummariesAsync(SalesViewer viewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> teams = viewer.Role == SalesRole.Manager && viewer.TeamId is { } team ? [team] : [];
        var goals = await store.ActiveAsync([viewer.UserId], teams, cancellationToken);
        var summaries = new List<GoalPaceSummary>();
        foreach (var goal in goals.Where(g => g.Deadline > now))
        {
            var pace = await PaceAsync(goal, now, cancellationToken);
            summaries.Add(new GoalPaceSummary(goal, pace.PercentAchieved, pace.ExpectedPercent, pace.OnTrack, Line(goal, pace, Locales.Chinese), Line(goal, pace, Locales.English)));
        }
        return summaries;
    }
}
