namespace SalesCoach.Data.Goals;

/// <summary>
/// Where a goal stands at one moment.
/// </summary>
/// <param name="PercentAchieved">How much of the target is reached: value / target for totals and higher-is-better levels, target / value for lower-is-better levels.</param>
/// <param name="ExpectedPercent">Where a steady pace would be by now: the share of the goal's time elapsed for totals; 100 for levels, which should hold all along.</param>
/// <param name="Forecast">The value expected at the deadline: a total extrapolated linearly from the pace so far; a level as it stands.</param>
/// <param name="NeededPerWeek">Totals only: what is still missing divided by the weeks left.</param>
public sealed record GoalPace(
    decimal? Value,
    decimal? PercentAchieved,
    decimal ExpectedPercent,
    decimal? Forecast,
    decimal? NeededPerWeek,
    bool OnTrack,
    bool IsTotal,
    double ElapsedFraction);
