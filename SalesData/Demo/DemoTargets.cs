using SalesCoach.Data.Model;

namespace SalesCoach.Data.Demo;

/// <summary>
/// Revenue targets: monthly per rep and quarterly per team, for the periods ending with the anchor's,
/// set 10% above what the rep or team averaged (ambitious but reachable, so "on track?" has both answers).
/// </summary>
internal static class DemoTargets
{
    public const string Metric = "revenue";

    public static List<Target> Generate(DemoCalendar calendar, IReadOnlyList<SalesUser> reps, IReadOnlyList<Team> teams, IReadOnlyList<Order> orders)
    {
        var perRep = orders.GroupBy(o => o.OwnerId).ToDictionary(g => g.Key, g => g.Sum(o => o.Amount));
        var perTeam = orders.GroupBy(o => o.TeamId!).ToDictionary(g => g.Key, g => g.Sum(o => o.Amount));
        var months = DemoPlan.HistoryDays / 365m * 12;
        var thisMonth = new DateOnly(calendar.Anchor.Year, calendar.Anchor.Month, 1);
        var thisQuarter = new DateOnly(calendar.Anchor.Year, (calendar.Anchor.Month - 1) / 3 * 3 + 1, 1);
        var targets = new List<Target>();
        foreach (var rep in reps)
        {
            var value = Round(perRep.GetValueOrDefault(rep.Id) / months * 1.1m);
            for (var m = DemoPlan.TargetMonths - 1; m >= 0; m--)
                targets.Add(new Target { OwnerId = rep.Id, Metric = Metric, Period = TargetPeriod.Month, PeriodStart = thisMonth.AddMonths(-m), Value = value });
        }
        foreach (var team in teams)
        {
            var value = Round(perTeam.GetValueOrDefault(team.Id) / months * 3 * 1.1m);
            for (var q = DemoPlan.TargetQuarters - 1; q >= 0; q--)
                targets.Add(new Target { TeamId = team.Id, Metric = Metric, Period = TargetPeriod.Quarter, PeriodStart = thisQuarter.AddMonths(-3 * q), Value = value });
        }
        for (var i = 0; i < targets.Count; i++) targets[i].Id = i + 1;
        return targets;
    }

    private static decimal Round(decimal value) => Math.Round(value / 1000m) * 1000m;
}
