namespace SalesCoach.Data.Training;

/// <summary>
/// One KPI on which a rep falls short, with every figure the finding rests on, so the reply can show its evidence.
/// </summary>
/// <param name="Value">The rep's figure over the window.</param>
/// <param name="SampleSize">Rows the figure rests on (closed deals, surveys ...).</param>
/// <param name="TeamMedian">The median over the team's reps with a comparable figure; null when too few.</param>
/// <param name="Peers">How many reps the median is taken over.</param>
/// <param name="Target">The sum (sums) or mean (rates) of the rep's monthly targets over the complete months in the window.</param>
/// <param name="TargetActual">The rep's figure over those same complete months.</param>
/// <param name="Severity">The larger relative shortfall (against the median or the target), 0.25 = 25% worse.</param>
/// <param name="BestPerformerId">The team's best rep on this KPI, the natural internal trainer; null when nobody does better.</param>
public sealed record TrainingGap(
    string Metric,
    decimal Value,
    long SampleSize,
    decimal? TeamMedian,
    int Peers,
    decimal? Target,
    decimal? TargetActual,
    decimal Severity,
    bool BelowMedian,
    bool BelowTarget,
    string? BestPerformerId,
    decimal? BestValue);
