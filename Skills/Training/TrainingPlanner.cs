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
        // Per KPI: who has the gap, worst first; KPIs ordered by their worst gap.
        var byMetric = analysis.Reps
            .SelectMany(n => n.Gaps.Select(g => (n.Rep, Gap: g)))
            .GroupBy(x => x.Gap.Metric)
            .Select(g => g.OrderByDescending(x => x.Gap.Severity).ThenBy(x => x.Rep.Id, StringComparer.Ordinal).ToList())
            .OrderByDescending(g => g[0].Gap.Severity).ThenBy(g => g[0].Gap.Metric, StringComparer.Ordinal)
            .Take(_options.MaxPlanItems)
            .ToList();

        var date = NextWorkingDay(today.AddDays(_options.FirstSessionInDays));
        var position = 1;
        foreach (var group in byMetric)
        {
            var (worstRep, worst) = group[0];
            var coaching = TrainingCoaching.For(worst.Metric);
            var trainees = group.Select(x => x.Rep.Id).ToList();
            plan.Items.Add(new TrainingPlanItem
            {
                Position = position++,
                Metric = worst.Metric,
                Format = coaching.Format.ToString(),
                TraineeIds = string.Join(',', trainees),
                TrainerId = Trainer(coaching.Format, group.Select(x => x.Gap), worstRep, trainees, org),
                ScheduledOn = date,
                PlaybookSection = coaching.PlaybookSection,
                Value = worst.Value,
                TeamMedian = worst.TeamMedian,
                Target = worst.Target,
            });
            date = NextWorkingDay(date.AddDays(_options.SessionSpacingDays));
        }
        return plan;
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
