using Microsoft.Extensions.Options;
using SalesCoach.Data.Access;
using SalesCoach.Data.Model;
using SalesCoach.Data.Training;

namespace SalesCoach.Skills.Training;

/// <summary>
/// Turns gaps into a plan: one session per KPI (the worst first, at most MaxPlanItems), the format and playbook
/// section that answer it, who runs it and when. Decisions: the team's best rep on that KPI is the internal trainer
/// (the guide's 内部讲师: people learn most from a colleague who does it well); one-to-one coaching is the manager's;
/// external training has no internal trainer. Sessions fall on working days, a week apart from next week on.
/// </summary>
public sealed class TrainingPlanner(IOptions<TrainingOptions> options)
{
    private readonly TrainingOptions _options = options.Value;

    public TrainingPlan Propose(TrainingSubject subject, TrainingAnalysis analysis, OrgSnapshot org, string proposedBy, DateOnly today, TimeZoneInfo zone, string locale)
    {
        var plan = new TrainingPlan
        {
            SubjectKind = subject.Scope.Kind.ToString().ToLowerInvariant(),
            SubjectId = subject.Scope.Id,
            SubjectName = subject.Scope.Display(locale),
            ProposedBy = proposedBy,
            WindowFrom = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(analysis.From, zone).DateTime),
            WindowTo = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(analysis.To, zone).DateTime),
        };
        // Per KPI: who has the gap, worst first. Team-wide gaps are sessions for the whole team. All sessions
        // compete on severity for the few places in the plan.
        var byMetric = analysis.Reps
            .SelectMany(n => n.Gaps.Select(g => (n.Rep, Gap: g)))
            .GroupBy(x => x.Gap.Metric)
            .Select(g => g.OrderByDescending(x => x.Gap.Severity).ThenBy(x => x.Rep.Id, StringComparer.Ordinal).ToList())
            .Select(g => (Severity: g[0].Gap.Severity, Metric: g[0].Gap.Metric, Item: RepItem(g, org)));
        var teamWide = analysis.TeamGaps.Select(g => (Severity: g.Severity, Metric: g.Metric, Item: TeamItem(g, org)));
        var chosen = byMetric.Concat(teamWide)
            .OrderByDescending(x => x.Severity).ThenBy(x => x.Metric, StringComparer.Ordinal)
            .Take(_options.MaxPlanItems);

        var date = NextWorkingDay(today.AddDays(_options.FirstSessionInDays));
        var position = 1;
        foreach (var (_, _, item) in chosen)
        {
            item.Position = position++;
            item.ScheduledOn = date;
            plan.Items.Add(item);
            date = NextWorkingDay(date.AddDays(_options.SessionSpacingDays));
        }
        return plan;
    }

    private static TrainingPlanItem RepItem(List<(SalesUser Rep, TrainingGap Gap)> group, OrgSnapshot org)
    {
        var (worstRep, worst) = group[0];
        var coaching = TrainingCoaching.For(worst.Metric);
        var trainees = group.Select(x => x.Rep.Id).ToList();
        return new TrainingPlanItem
        {
            Metric = worst.Metric,
            Format = coaching.Format.ToString(),
            TraineeIds = string.Join(',', trainees),
            TrainerId = Trainer(coaching.Format, group.Select(x => x.Gap), worstRep, trainees, org),
            PlaybookSection = coaching.PlaybookSection,
            Value = worst.Value,
            TeamMedian = worst.TeamMedian,
            Target = worst.Target,
        };
    }

    /// <summary>
    /// A whole team behind the others: one-to-one coaching does not scale to a team, so the session is an internal
    /// trainer's, the manager of the team that does best sharing how they work (external training stays external).
    /// </summary>
    private static TrainingPlanItem TeamItem(TeamTrainingGap gap, OrgSnapshot org)
    {
        var coaching = TrainingCoaching.For(gap.Metric);
        var format = coaching.Format == TrainingFormat.External ? TrainingFormat.External : TrainingFormat.InternalTrainer;
        var trainer = format == TrainingFormat.External || gap.BestTeamId is null ? null
            : org.Users.Values.Where(u => u.Role == SalesRole.Manager && u.TeamId == gap.BestTeamId).OrderBy(u => u.Id, StringComparer.Ordinal).Select(u => u.Id).FirstOrDefault();
        return new TrainingPlanItem
        {
            Metric = gap.Metric,
            Format = format.ToString(),
            TraineeIds = string.Join(',', org.Users.Values.Where(u => u.Role == SalesRole.Rep && u.TeamId == gap.TeamId).OrderBy(u => u.Id, StringComparer.Ordinal).Select(u => u.Id)),
            TrainerId = trainer,
            PlaybookSection = coaching.PlaybookSection,
            Value = gap.Value,
            TeamMedian = gap.CompanyMedian,
        };
    }

    private static string? Trainer(TrainingFormat format, IEnumerable<TrainingGap> gaps, SalesUser worstRep, IReadOnlyList<string> trainees, OrgSnapshot org)
    {
        if (format == TrainingFormat.External) return null;
        var manager = Manager(worstRep, org);
        if (format == TrainingFormat.OneOnOne && manager is not null) return manager;
        // A trainee cannot also be the trainer of the same session.
        return gaps.Select(g => g.BestPerformerId).FirstOrDefault(id => id is not null && !trainees.Contains(id)) ?? manager;
    }

    private static string? Manager(SalesUser rep, OrgSnapshot org) =>
        rep.ManagerId is { } id && org.Users.ContainsKey(id)
            ? id
            : org.Users.Values.Where(u => u.Role == SalesRole.Manager && u.TeamId == rep.TeamId && rep.TeamId is not null)
                .OrderBy(u => u.Id, StringComparer.Ordinal).Select(u => u.Id).FirstOrDefault();

    private static DateOnly NextWorkingDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
