using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Data.Kpi;

namespace SalesCoach.Skills.Dashboard;

/// <summary>
/// The period of a dashboard view as it travels in a URL: relative tokens for the page's picker ("month",
/// "last-quarter"), which stay current when bookmarked, and absolute ones for links out of a chat answer
/// ("2026-11", "2026-Q4", "2026", "2026-11-01..2026-11-15"), which keep pointing at what the answer showed.
/// Both become the calendar range the KPI engine measures, in the company time zone.
/// </summary>
public static partial class DashboardPeriod
{
    public const string Default = "month";

    /// <summary>The relative tokens the page offers, in the order it lists them.</summary>
    public static readonly IReadOnlyList<string> Relative = ["month", "last-month", "quarter", "last-quarter", "year", "last-year"];

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:(?<m>\d{2})|[Qq](?<q>[1-4])))?$")]
    private static partial Regex Calendar();

    [GeneratedRegex(@"^(?<from>\d{4}-\d{2}-\d{2})\.\.(?<to>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex Range();

    /// <summary>The range a token names, or null when it names none (the caller answers 400).</summary>
    public static KpiPeriod? Parse(string? token, DateTimeOffset now, TimeZoneInfo zone)
    {
        token = string.IsNullOrWhiteSpace(token) ? Default : token.Trim().ToLowerInvariant();
        switch (token)
        {
            case "month": return KpiPeriod.Current(KpiGranularity.Month, now, zone);
            case "last-month": return KpiPeriod.Current(KpiGranularity.Month, now, zone).Previous(zone);
            case "quarter": return KpiPeriod.Current(KpiGranularity.Quarter, now, zone);
            case "last-quarter": return KpiPeriod.Current(KpiGranularity.Quarter, now, zone).Previous(zone);
            case "year": return KpiPeriod.Current(KpiGranularity.Year, now, zone);
            case "last-year": return KpiPeriod.Current(KpiGranularity.Year, now, zone).Previous(zone);
        }
        if (Calendar().Match(token) is { Success: true } calendar)
        {
            var year = int.Parse(calendar.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year is < 2000 or > 2100) return null;
            if (calendar.Groups["m"].Success)
            {
                var month = int.Parse(calendar.Groups["m"].Value, CultureInfo.InvariantCulture);
                return month is >= 1 and <= 12 ? Span(new DateTime(year, month, 1), new DateTime(year, month, 1).AddMonths(1), zone) : null;
            }
            if (calendar.Groups["q"].Success)
            {
                var start = new DateTime(year, (int.Parse(calendar.Groups["q"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
                return Span(start, start.AddMonths(3), zone);
            }
            return Span(new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1), zone);
        }
        if (Range().Match(token) is { Success: true } range
            && DateTime.TryParseExact(range.Groups["from"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateTime.TryParseExact(range.Groups["to"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            && last >= from && (last - from).TotalDays <= 3660)
            return Span(from, last.AddDays(1), zone);
        return null;
    }

    /// <summary>
    /// The absolute token of a range whose bounds are company-local times (as answers carry them), the end exclusive.
    /// The wall-clock times are read as UTC, so the calendar units are recognised without knowing the zone's name.
    /// </summary>
    public static string Format(DateTimeOffset localFrom, DateTimeOffset localTo)
    {
        var from = new DateTimeOffset(localFrom.DateTime, TimeSpan.Zero);
        var to = new DateTimeOffset(localTo.DateTime, TimeSpan.Zero);
        var start = from.DateTime;
        return KpiPeriod.FromRange(from, to, TimeZoneInfo.Utc).Granularity switch
        {
            KpiGranularity.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            KpiGranularity.Quarter => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}",
            KpiGranularity.Year => start.Year.ToString(CultureInfo.InvariantCulture),
            _ => $"{start:yyyy-MM-dd}..{LastDay(to.DateTime):yyyy-MM-dd}",
        };
    }

    private static DateTime LastDay(DateTime endExclusive) =>
        endExclusive.TimeOfDay == TimeSpan.Zero ? endExclusive.Date.AddDays(-1) : endExclusive.Date;

    private static KpiPeriod Span(DateTime localStart, DateTime localEnd, TimeZoneInfo zone) =>
        KpiPeriod.FromRange(Instant(localStart, zone), Instant(localEnd, zone), zone);

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
