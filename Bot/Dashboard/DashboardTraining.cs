using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;

namespace SalesCoach.Bot.Dashboard;

/// <summary>Training plans about the scope or anyone in it, as the training skill stored them (proposed, accepted, declined), with their sessions.</summary>
public sealed class DashboardTraining(TrainingPlanStore store, CompanyClock clock)
{
    /// <summary>How many of the newest plans are looked through.</summary>
    public const int RecentPlans = 200;

    public async Task<IReadOnlyList<DashboardTrainingPlan>> ListAsync(DashboardView view, CancellationToken cancellationToken)
    {
        var users = view.UserIds.ToHashSet(StringComparer.Ordinal);
        var teams = view.TeamIds.ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(view.Now, clock.LocalTimeZone).DateTime);
        var plans = await store.RecentAsync(RecentPlans, cancellationToken);
        return [.. plans.Where(p => Covers(view, p, users, teams)).Select(p => new DashboardTrainingPlan(
            p.Id, p.SubjectKind, p.SubjectName, p.Status.ToString().ToLowerInvariant(),
            [.. p.Items.OrderBy(i => i.Position).Select(i => new DashboardTrainingItem(i.Position, i.Metric, KpiCatalogue.Find(i.Metric)?.Name(view.Locale) ?? i.Metric,
                i.Format, Names(view, i.TraineeIds), i.ScheduledOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                p.Status == TrainingPlanStatus.Accepted && i.Accepted, i.ScheduledOn < today))]))];
    }

    /// <summary>A plan about the scope itself, something inside it, or with a trainee inside it.</summary>
    private static bool Covers(DashboardView view, TrainingPlan plan, HashSet<string> users, HashSet<string> teams) =>
        plan.SubjectKind switch
        {
            "rep" => plan.SubjectId is { } rep && users.Contains(rep),
            "team" => plan.SubjectId is { } team && teams.Contains(team),
            "region" => view.Scope.Kind == KpiScopeKind.Company || (view.Scope.Kind == KpiScopeKind.Region && plan.SubjectId == view.Scope.Id),
            _ => view.Scope.Kind == KpiScopeKind.Company,
        } || plan.Items.Any(i => i.TraineeIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(users.Contains));

    private static IReadOnlyList<string> Names(DashboardView view, string traineeIds) =>
        [.. traineeIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => view.Org.Users.TryGetValue(id, out var u) ? u.Name : id)];
}

/// <param name="Status">"proposed", "accepted" or "declined".</param>
public sealed record DashboardTrainingPlan(long Id, string SubjectKind, string SubjectName, string Status, IReadOnlyList<DashboardTrainingItem> Items);

/// <param name="Scheduled">True for a session of an accepted plan (an item left out of a partial acceptance is not).</param>
/// <param name="Past">The session's day is before today (company calendar).</param>
public sealed record DashboardTrainingItem(int Position, string Metric, string MetricName, string Format, IReadOnlyList<string> Trainees, string On, bool Scheduled, bool Past);
