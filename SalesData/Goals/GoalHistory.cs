using SalesCoach.Data.Kpi;

namespace SalesCoach.Data.Goals;

/// <summary>
/// The owner's past values for a goal's metric over complete periods of the goal's own length (see
/// <see cref="AchievabilityCheck"/>), measured by the KPI engine exactly as the KPI skill shows them.
/// </summary>
public sealed class GoalHistory(KpiEngine engine)
{
    /// <summary>Six periods: a quarter goal looks back a year and a half, a month goal half a year.</summary>
    public const int Periods = 6;

    public async Task<IReadOnlyList<GoalHistoryPoint>> MeasureAsync(string metric, KpiScope owner, DateTimeOffset start, DateTimeOffset deadline, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var goal = KpiPeriod.FromRange(start, deadline, zone);
        var points = new List<GoalHistoryPoint>();
        // A goal starting next month has this (unfinished) month just before it: only complete periods count.
        for (var step = 1; points.Count < Periods && step <= Periods + 12; step++)
        {
            var period = goal.Shift(-step, zone);
            if (period.To > now) continue;
            var figure = await engine.MeasureAsync(metric, owner, period.From, period.To, cancellationToken);
            points.Add(new GoalHistoryPoint(period.From, period.To, figure.Value));
        }
        return points;
    }

    public async Task<Achievability> AssessAsync(string metric, KpiScope owner, decimal target, DateTimeOffset start, DateTimeOffset deadline, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var kpi = KpiCatalogue.Get(metric);
        var points = await MeasureAsync(metric, owner, start, deadline, now, zone, cancellationToken);
        return AchievabilityCheck.Assess([.. points.Select(p => p.Value)], target, kpi.HigherIsBetter, kpi.Unit == KpiUnit.Percent);
    }
}
