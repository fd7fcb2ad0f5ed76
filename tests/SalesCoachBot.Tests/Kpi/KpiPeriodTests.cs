using SalesCoach.Data.Kpi;

namespace SalesCoach.Tests.Kpi;

public sealed class KpiPeriodTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Cn(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));

    private static DateTimeOffset Ny(int y, int m, int d, int h, int offsetHours) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(offsetHours));

    public static TheoryData<string, string, KpiGranularity> ShanghaiRanges => new()
    {
        { "2026-10-01", "2026-11-01", KpiGranularity.Month },
        { "2026-02-01", "2026-03-01", KpiGranularity.Month },
        { "2026-10-01", "2027-01-01", KpiGranularity.Quarter },
        { "2026-01-01", "2026-04-01", KpiGranularity.Quarter },
        { "2026-02-01", "2026-05-01", KpiGranularity.Custom },   // three months, not a calendar quarter
        { "2026-01-01", "2027-01-01", KpiGranularity.Year },
        { "2026-07-01", "2027-07-01", KpiGranularity.Custom },   // a fiscal year is not the calendar's
        { "2026-10-05", "2026-10-12", KpiGranularity.Week },     // Monday to Monday
        { "2026-10-06", "2026-10-13", KpiGranularity.Custom },   // Tuesday to Tuesday
        { "2026-10-01", "2026-10-02", KpiGranularity.Day },
        { "2026-10-01", "2026-10-15", KpiGranularity.Custom },
        { "2026-10-01", "2026-12-01", KpiGranularity.Custom },   // two months
        { "2026-10-02", "2026-11-02", KpiGranularity.Custom },   // a month long, not a calendar month
    };

    [Theory]
    [MemberData(nameof(ShanghaiRanges))]
    public void RangesAreClassifiedOnTheCompanyCalendar(string from, string to, KpiGranularity expected)
    {
        var start = Cn(DateOnly.Parse(from).Year, DateOnly.Parse(from).Month, DateOnly.Parse(from).Day);
        var end = Cn(DateOnly.Parse(to).Year, DateOnly.Parse(to).Month, DateOnly.Parse(to).Day);
        Assert.Equal(expected, KpiPeriod.FromRange(start, end, Shanghai).Granularity);
        // The same instants written in UTC (16:00 the day before) are the same calendar period.
        var utc = KpiPeriod.FromRange(start.ToUniversalTime(), end.ToUniversalTime(), Shanghai);
        Assert.Equal(expected, utc.Granularity);
        Assert.Equal(start, utc.From);
        Assert.Equal(end, utc.To);
    }

    [Fact]
    public void UtcMidnightIsNotAChineseMonth()
    {
        // 2026-10-01T00:00Z is 08:00 in Shanghai: the range does not start at a local midnight.
        var period = KpiPeriod.FromRange(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Shanghai);
        Assert.Equal(KpiGranularity.Custom, period.Granularity);
        Assert.Equal(KpiGranularity.Month, KpiPeriod.FromRange(Cn(2026, 10, 1), Cn(2026, 11, 1), Shanghai).Granularity);
    }

    [Fact]
    public void ABoundaryInstantBelongsToTheMonthOfItsLocalDate()
    {
        var october = KpiPeriod.Current(KpiGranularity.Month, Cn(2026, 10, 15), Shanghai);
        Assert.Equal(Cn(2026, 10, 1), october.From);
        Assert.Equal(Cn(2026, 11, 1), october.To);
        // 09-30 23:30 +08 (15:30Z) is September; 10-01 00:10 +08 (09-30 16:10Z, the same UTC day) is October.
        Assert.Equal(Cn(2026, 9, 1), KpiPeriod.Current(KpiGranularity.Month, Cn(2026, 9, 30, 23, 30).ToUniversalTime(), Shanghai).From);
        Assert.Equal(Cn(2026, 10, 1), KpiPeriod.Current(KpiGranularity.Month, Cn(2026, 10, 1, 0, 10).ToUniversalTime(), Shanghai).From);
        Assert.False(Cn(2026, 9, 30, 23, 30) >= october.From);
        Assert.True(Cn(2026, 10, 1, 0, 10) >= october.From);
        Assert.False(Cn(2026, 11, 1) < october.To); // half-open
    }

    [Fact]
    public void CurrentFindsTheCalendarUnitContainingNow()
    {
        var now = Cn(2026, 11, 15, 10); // a Sunday
        Assert.Equal(new KpiPeriod(Cn(2026, 11, 15), Cn(2026, 11, 16), KpiGranularity.Day), KpiPeriod.Current(KpiGranularity.Day, now, Shanghai));
        Assert.Equal(new KpiPeriod(Cn(2026, 11, 9), Cn(2026, 11, 16), KpiGranularity.Week), KpiPeriod.Current(KpiGranularity.Week, now, Shanghai));
        Assert.Equal(new KpiPeriod(Cn(2026, 11, 1), Cn(2026, 12, 1), KpiGranularity.Month), KpiPeriod.Current(KpiGranularity.Month, now, Shanghai));
        Assert.Equal(new KpiPeriod(Cn(2026, 10, 1), Cn(2027, 1, 1), KpiGranularity.Quarter), KpiPeriod.Current(KpiGranularity.Quarter, now, Shanghai));
        Assert.Equal(new KpiPeriod(Cn(2026, 1, 1), Cn(2027, 1, 1), KpiGranularity.Year), KpiPeriod.Current(KpiGranularity.Year, now, Shanghai));
        Assert.Equal(KpiGranularity.Month, KpiPeriod.Current(KpiGranularity.Custom, now, Shanghai).Granularity);
        // Monday itself starts its week.
        Assert.Equal(Cn(2026, 11, 16), KpiPeriod.Current(KpiGranularity.Week, Cn(2026, 11, 16, 0, 1), Shanghai).From);
    }

    [Fact]
    public void AMonthAcrossTheSpringDstChangeStartsAndEndsAtLocalMidnight()
    {
        // New York springs forward on 2026-03-08: March starts at -05:00 and April at -04:00, 31 days less an hour.
        var march = KpiPeriod.Current(KpiGranularity.Month, Ny(2026, 3, 15, 12, -4), NewYork);
        Assert.Equal(Ny(2026, 3, 1, 0, -5), march.From);
        Assert.Equal(TimeSpan.FromHours(-5), march.From.Offset);
        Assert.Equal(Ny(2026, 4, 1, 0, -4), march.To);
        Assert.Equal(TimeSpan.FromHours(-4), march.To.Offset);
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), march.To - march.From);
        Assert.Equal(KpiGranularity.Month, KpiPeriod.FromRange(march.From.ToUniversalTime(), march.To.ToUniversalTime(), NewYork).Granularity);

        // ... and falls back on 2026-11-01: November is 30 days and an hour.
        var november = KpiPeriod.Current(KpiGranularity.Month, Ny(2026, 11, 20, 12, -5), NewYork);
        Assert.Equal(Ny(2026, 11, 1, 0, -4), november.From);
        Assert.Equal(Ny(2026, 12, 1, 0, -5), november.To);
        Assert.Equal(TimeSpan.FromDays(30) + TimeSpan.FromHours(1), november.To - november.From);

        // The previous month of April is March, with March's own offsets.
        var april = KpiPeriod.Current(KpiGranularity.Month, Ny(2026, 4, 10, 12, -4), NewYork);
        Assert.Equal(march, april.Previous(NewYork));
        // A 23-hour day is still a day.
        var dstDay = KpiPeriod.FromRange(Ny(2026, 3, 8, 0, -5), Ny(2026, 3, 9, 0, -4), NewYork);
        Assert.Equal(KpiGranularity.Day, dstDay.Granularity);
        Assert.Equal(TimeSpan.FromHours(23), dstDay.To - dstDay.From);
        Assert.Equal(dstDay, KpiPeriod.Current(KpiGranularity.Day, Ny(2026, 3, 9, 12, -4), NewYork).Previous(NewYork));
    }

    [Fact]
    public void PreviousStepsBackOneCalendarUnit()
    {
        var january = KpiPeriod.FromRange(Cn(2027, 1, 1), Cn(2027, 2, 1), Shanghai);
        Assert.Equal(new KpiPeriod(Cn(2026, 12, 1), Cn(2027, 1, 1), KpiGranularity.Month), january.Previous(Shanghai));

        var q1 = KpiPeriod.FromRange(Cn(2027, 1, 1), Cn(2027, 4, 1), Shanghai);
        Assert.Equal(new KpiPeriod(Cn(2026, 10, 1), Cn(2027, 1, 1), KpiGranularity.Quarter), q1.Previous(Shanghai));

        var year = KpiPeriod.FromRange(Cn(2027, 1, 1), Cn(2028, 1, 1), Shanghai);
        Assert.Equal(new KpiPeriod(Cn(2026, 1, 1), Cn(2027, 1, 1), KpiGranularity.Year), year.Previous(Shanghai));

        var week = KpiPeriod.FromRange(Cn(2027, 1, 4), Cn(2027, 1, 11), Shanghai);
        Assert.Equal(new KpiPeriod(Cn(2026, 12, 28), Cn(2027, 1, 4), KpiGranularity.Week), week.Previous(Shanghai));

        var day = KpiPeriod.FromRange(Cn(2027, 3, 1), Cn(2027, 3, 2), Shanghai);
        Assert.Equal(new KpiPeriod(Cn(2027, 2, 28), Cn(2027, 3, 1), KpiGranularity.Day), day.Previous(Shanghai));

        // March 31st's month back is February, all of it; a custom range steps back by its own length.
        var march = KpiPeriod.FromRange(Cn(2027, 3, 1), Cn(2027, 4, 1), Shanghai);
        Assert.Equal(new KpiPeriod(Cn(2027, 2, 1), Cn(2027, 3, 1), KpiGranularity.Month), march.Previous(Shanghai));
        var custom = KpiPeriod.FromRange(Cn(2026, 10, 10), Cn(2026, 10, 20, 12), Shanghai);
        Assert.Equal(KpiGranularity.Custom, custom.Granularity);
        Assert.Equal(new KpiPeriod(Cn(2026, 9, 29, 12), Cn(2026, 10, 10), KpiGranularity.Custom), custom.Previous(Shanghai));

        Assert.Equal(new KpiPeriod(Cn(2026, 1, 1), Cn(2026, 2, 1), KpiGranularity.Month), january.Shift(-12, Shanghai));
        Assert.Equal(new KpiPeriod(Cn(2027, 4, 1), Cn(2027, 7, 1), KpiGranularity.Quarter), q1.Shift(1, Shanghai));
    }

    [Fact]
    public void ARunningMonthIsComparedWithTheSameElapsedSpanOfTheMonthBefore()
    {
        var october = KpiPeriod.FromRange(Cn(2026, 10, 1), Cn(2026, 11, 1), Shanghai);
        var now = Cn(2026, 10, 27, 12);

        var (from, to, partial) = october.Measured(now);
        Assert.Equal((Cn(2026, 10, 1), now, true), (from, to, partial));
        // 26.5 days into October against September 1st plus 26.5 days.
        Assert.Equal((Cn(2026, 9, 1), Cn(2026, 9, 27, 12)), october.PreviousMeasured(now, Shanghai));

        // A finished month is measured whole, against the whole month before.
        Assert.Equal((Cn(2026, 10, 1), Cn(2026, 11, 1), false), october.Measured(Cn(2026, 11, 3)));
        Assert.Equal((Cn(2026, 9, 1), Cn(2026, 10, 1)), october.PreviousMeasured(Cn(2026, 11, 3), Shanghai));
        // Exactly at its end it is finished; a future month is not "running" either.
        Assert.False(october.Measured(Cn(2026, 11, 1)).Partial);
        Assert.False(october.Measured(Cn(2026, 9, 20)).Partial);
        Assert.False(october.Measured(Cn(2026, 10, 1)).Partial);

        // March 31st: 30.5 days elapsed, more than February has, so February is taken whole and no further.
        var march = KpiPeriod.FromRange(Cn(2027, 3, 1), Cn(2027, 4, 1), Shanghai);
        Assert.Equal((Cn(2027, 2, 1), Cn(2027, 3, 1)), march.PreviousMeasured(Cn(2027, 3, 31, 12), Shanghai));

        // A running quarter: Q4 to November 15th against Q3 to August 15th (same 45 days).
        var q4 = KpiPeriod.FromRange(Cn(2026, 10, 1), Cn(2027, 1, 1), Shanghai);
        Assert.Equal((Cn(2026, 7, 1), Cn(2026, 8, 15)), q4.PreviousMeasured(Cn(2026, 11, 15), Shanghai));
    }

    [Fact]
    public void InADstZoneTheElapsedSpanIsMeasuredInRealTime()
    {
        // March to the 15th noon (EDT) is 14.5 days less the skipped hour, so February is cut at the 15th, 11:00 EST.
        var march = KpiPeriod.Current(KpiGranularity.Month, Ny(2026, 3, 15, 12, -4), NewYork);
        var (from, to, partial) = march.Measured(Ny(2026, 3, 15, 12, -4));
        Assert.True(partial);
        Assert.Equal(Ny(2026, 3, 1, 0, -5), from);
        Assert.Equal((Ny(2026, 2, 1, 0, -5), Ny(2026, 2, 15, 11, -5)), march.PreviousMeasured(Ny(2026, 3, 15, 12, -4), NewYork));
    }
}
