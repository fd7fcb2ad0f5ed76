namespace SalesCoach.Data.Goals;

/// <summary>
/// The A of SMART, judged against the owner's own history (see <see cref="AchievabilityCheck"/>).
/// Changes are relative percentages, or percentage points for metrics that are themselves percentages.
/// </summary>
/// <param name="Baseline">The owner's value in the latest complete comparable period; null when there is none.</param>
/// <param name="Needed">The change the target needs from the baseline, in the improving direction.</param>
/// <param name="Best">The best change from one comparable period to the next seen in the history.</param>
/// <param name="BestFrom">The period (index into the history, newest first) where the best change ended.</param>
/// <param name="History">The values the judgement rests on, newest first.</param>
public sealed record Achievability(
    AchievabilityVerdict Verdict,
    decimal? Baseline,
    decimal? Needed,
    decimal? Best,
    int? BestFrom,
    bool InPoints,
    IReadOnlyList<decimal?> History);
