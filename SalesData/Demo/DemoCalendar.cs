namespace SalesCoach.Data.Demo;

/// <summary>
/// The demo's days: the two years before the anchor date, weighted for Chinese retail seasonality
/// (春节 in February low, 618 in June and 双11 / year-end high), quieter weekends and steady growth.
/// </summary>
internal sealed class DemoCalendar
{
    private static readonly double[] MonthWeights = [0.9, 0.6, 1.0, 1.0, 1.05, 1.2, 0.95, 0.95, 1.05, 1.0, 1.4, 1.3];

    public DemoCalendar(DateOnly anchor)
    {
        Anchor = anchor;
        First = anchor.AddDays(-DemoPlan.HistoryDays);
        Now = At(anchor, 0);
        var weights = new double[DemoPlan.HistoryDays];
        for (var i = 0; i < weights.Length; i++)
        {
            var day = First.AddDays(i);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.45 : 1.0;
            weights[i] = MonthWeights[day.Month - 1] * weekend * (1.0 + 0.15 * i / DemoPlan.HistoryDays);
        }
        SeasonalDays = new WeightedSampler(weights);
    }

    /// <summary>"Today" for the demo: history ends the day before.</summary>
    public DateOnly Anchor { get; }
    public DateOnly First { get; }

    /// <summary>Midnight at the start of the anchor day, company time: nothing generated lies after it.</summary>
    public DateTimeOffset Now { get; }
    public WeightedSampler SeasonalDays { get; }

    public DateOnly Day(int index) => First.AddDays(index);

    /// <summary>A UTC instant on the given company-calendar day (Npgsql writes only UTC offsets to timestamptz).</summary>
    public static DateTimeOffset At(DateOnly day, double hour) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), DemoPlan.CompanyOffset).AddHours(hour).ToUniversalTime();

    /// <summary>A moment in office hours (09:00 to 19:00) on the given day.</summary>
    public static DateTimeOffset WorkingTime(DateOnly day, Random random) =>
        At(day, 9 + random.NextDouble() * 10);

    public static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
