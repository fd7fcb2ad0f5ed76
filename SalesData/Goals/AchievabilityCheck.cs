namespace SalesCoach.Data.Goals;

/// <summary>
/// How achievable a target is against the owner's own history. Precisely:
/// <list type="bullet">
/// <item>History: the owner's value of the metric in the complete periods of the goal's own length (calendar
/// months or quarters when the goal is one, else the same number of days) just before the goal starts, newest first.</item>
/// <item>Baseline: the newest of them. Needed = change(baseline → target).</item>
/// <item>Best = the largest change(older → newer) between consecutive history periods.</item>
/// <item>change(a → b) = (b − a) / |a| × 100 % when higher is better, (a − b) / |a| × 100 % when lower is better
/// (response and handling times: a fall is the improvement); for metrics that are percentages themselves
/// (conversion rate, growth rate) the change is in percentage points, b − a (or a − b), since a relative change of
/// a ratio reads badly ("+25% of 20%").</item>
/// <item>Verdict: needed ≤ 0 → already met; needed ≤ best → realistic; needed &gt; best → stretch (named, not refused).</item>
/// </list>
/// </summary>
public static class AchievabilityCheck
{
    public static Achievability Assess(IReadOnlyList<decimal?> history, decimal target, bool higherIsBetter, bool inPoints)
    {
        var baseline = history.Count > 0 ? history[0] : null;
        if (baseline is null || (!inPoints && baseline == 0))
            return new Achievability(AchievabilityVerdict.NoHistory, baseline, null, null, null, inPoints, history);
        var needed = Change(baseline.Value, target, higherIsBetter, inPoints)!.Value;
        decimal? best = null;
        int? bestFrom = null;
        for (var i = 0; i + 1 < history.Count; i++)
        {
            if (history[i] is not { } newer || history[i + 1] is not { } older) continue;
            if (Change(older, newer, higherIsBetter, inPoints) is { } change && (best is null || change > best))
                (best, bestFrom) = (change, i);
        }
        var verdict = needed <= 0 ? AchievabilityVerdict.AlreadyMet
            : best is null ? AchievabilityVerdict.NoGrowthRecord
            : needed <= best ? AchievabilityVerdict.Realistic
            : AchievabilityVerdict.Stretch;
        return new Achievability(verdict, baseline, Math.Round(needed, 1), best is null ? null : Math.Round(best.Value, 1), bestFrom, inPoints, history);
    }

    /// <summary>The improvement from <paramref name="from"/> to <paramref name="to"/>; null when a relative change has nothing to start from.</summary>
    public static decimal? Change(decimal from, decimal to, bool higherIsBetter, bool inPoints)
    {
        var rise = higherIsBetter ? to - from : from - to;
        if (inPoints) return rise;
        return from == 0 ? null : rise / Math.Abs(from) * 100m;
    }
}
