namespace SalesCoach.Data.Kpi;

/// <summary>
/// A half-open range [From, To) of instants in the company time zone, with the calendar unit it spans.
/// A period still running ("本月" on the 27th) is measured up to now and compared with the same elapsed
/// span of the previous period (month-to-date against last month to the same day), so a half month is
/// never set against a whole one.
/// </summary>
public sealed record KpiPeriod(DateTimeOffset From, DateTimeOffset To, KpiGranularity Granularity)
{
    /// <summary>Recognises calendar months, quarters, years, weeks and days from a range's bounds.</summary>
    public static KpiPeriod FromRange(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(from, zone);
        var end = TimeZoneInfo.ConvertTime(to, zone);
        var granularity = Classify(start, end);
        return new KpiPeriod(from, to, granularity);
    }

    /// <summary>The calendar unit containing <paramref name="now"/>.</summary>
    public static KpiPeriod Current(KpiGranularity granularity, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime.Date;
        var start = granularity switch
        {
            KpiGranularity.Day => local,
            KpiGranularity.Week => local.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
            KpiGranularity.Quarter => new DateTime(local.Year, (local.Month - 1) / 3 * 3 + 1, 1),
            KpiGranularity.Year => new DateTime(local.Year, 1, 1),
            _ => new DateTime(local.Year, local.Month, 1),
        };
        return Calendar(start, granularity == KpiGranularity.Custom ? KpiGranularity.Month : granularity, zone);
    }

    /// <summary>The period of the same unit just before this one (the same length before it for custom ranges).</summary>
    public KpiPeriod Previous(TimeZoneInfo zone) => Shift(-1, zone);

    public KpiPeriod Shift(int steps, TimeZoneInfo zone)
    {
        if (Granularity == KpiGranularity.Custom)
        {
            var length = To - From;
            return new KpiPeriod(From + length * steps, To + length * steps, KpiGranularity.Custom);
        }
        var start = TimeZoneInfo.ConvertTime(From, zone).DateTime;
        return Calendar(Step(start, Granularity, steps), Granularity, zone);
    }

    /// <summary>The measured part of the period: up to <paramref name="now"/> when it is still running.</summary>
    public (DateTimeOffset From, DateTimeOffset To, bool Partial) Measured(DateTimeOffset now) =>
        From < now && now < To ? (From, now, true) : (From, To, false);

    /// <summary>The previous period cut to the same elapsed length as a running one.</summary>
    public (DateTimeOffset From, DateTimeOffset To) PreviousMeasured(DateTimeOffset now, TimeZoneInfo zone)
    {
        var previous = Previous(zone);
        var (from, to, partial) = Measured(now);
        if (!partial) return (previous.From, previous.To);
        var elapsed = to - from;
        var end = previous.From + elapsed;
        return (previous.From, end < previous.To ? end : previous.To);
    }

    private static KpiPeriod Calendar(DateTime localStart, KpiGranularity granularity, TimeZoneInfo zone)
    {
        var localEnd = Step(localStart, granularity, 1);
        return new KpiPeriod(Instant(localStart, zone), Instant(localEnd, zone), granularity);
    }

    private static DateTime Step(DateTime start, KpiGranularity granularity, int steps) => granularity switch
    {
        KpiGranularity.Day => start.AddDays(steps),
        KpiGranularity.Week => start.AddDays(7 * steps),
        KpiGranularity.Quarter => start.AddMonths(3 * steps),
        KpiGranularity.Year => start.AddYears(steps),
        _ => start.AddMonths(steps),
    };

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    private static KpiGranularity Classify(DateTimeOffset start, DateTimeOffset end)
    {
        if (start.TimeOfDay != TimeSpan.Zero || end.TimeOfDay != TimeSpan.Zero) return KpiGranularity.Custom;
        var s = start.DateTime;
        var e = end.DateTime;
        if (s.AddDays(1) == e) return KpiGranularity.Day;
        if (s.DayOfWeek == DayOfWeek.Monday && s.AddDays(7) == e) return KpiGranularity.Week;
        if (s.Day != 1) return KpiGranularity.Custom;
        if (s.AddMonths(1) == e) return KpiGranularity.Month;
        if ((s.Month - 1) % 3 == 0 && s.AddMonths(3) == e) return KpiGranularity.Quarter;
        if (s.Month == 1 && s.AddYears(1) == e) return KpiGranularity.Year;
        return KpiGranularity.Custom;
    }
}
