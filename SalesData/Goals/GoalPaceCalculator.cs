namespace SalesCoach.Data.Goals;

/// <summary>
/// Progress against a goal. Totals (revenue, orders, new customers, customers) accumulate over the goal's span,
/// so pace, a linear forecast and a weekly need make sense; levels (CSAT, conversion, growth, response and handling
/// times) are averages or ratios over the span so far, judged by whether they already meet the target.
/// </summary>
public static class GoalPaceCalculator
{
    public static GoalPace Compute(decimal? value, decimal target, bool isTotal, bool higherIsBetter, DateTimeOffset start, DateTimeOffset deadline, DateTimeOffset now)
    {
        var span = (deadline - start).TotalSeconds;
        var elapsed = span <= 0 ? 1.0 : Math.Clamp((now - start).TotalSeconds / span, 0.0, 1.0);
        if (isTotal)
        {
            var reached = value ?? 0m;
            decimal? percent = target == 0 ? null : Math.Round(reached / target * 100m, 1);
            decimal? forecast = elapsed <= 0 ? null : Math.Round(reached / (decimal)elapsed, 2);
            var weeksLeft = (decimal)Math.Max(0, (deadline - now).TotalDays) / 7m;
            decimal? perWeek = weeksLeft <= 0 ? null : Math.Round(Math.Max(0m, target - reached) / weeksLeft, 2);
            // Before the goal starts nothing can be behind.
            var onTrack = elapsed <= 0 || reached >= target || (forecast is { } f && f >= target);
            return new GoalPace(reached, percent, Math.Round((decimal)elapsed * 100m, 1), forecast, perWeek, onTrack, true, elapsed);
        }
        if (value is not { } level)
            return new GoalPace(null, null, 100m, null, null, false, false, elapsed);
        decimal? share = higherIsBetter
            ? (target == 0 ? null : Math.Round(level / target * 100m, 1))
            : (level == 0 ? null : Math.Round(target / level * 100m, 1));
        var met = higherIsBetter ? level >= target : level <= target;
        return new GoalPace(level, share, 100m, level, null, met, false, elapsed);
    }
}
