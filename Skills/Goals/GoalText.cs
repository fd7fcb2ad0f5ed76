using System.Globalization;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Goals;

/// <summary>How goals read in each language: values in the KPI's own unit, dates in the company calendar, changes with their basis.</summary>
public sealed class GoalText(string currency, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public string Value(string metric, decimal? value, string locale) => KpiFormat.Value(KpiCatalogue.Get(metric), value, currency, locale);

    /// <summary>The first day of the goal.</summary>
    public string Day(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of a half-open span, as people say a deadline ("by 12-31", not "before 01-01").</summary>
    public string LastDay(DateTimeOffset exclusiveEnd) => Day(exclusiveEnd.AddTicks(-1));

    /// <summary>"2026年12月 · 2026-12-01 至 2026-12-31": a calendar month, quarter or year is named beside its dates.</summary>
    public string Span(Goal goal, string locale)
    {
        var dates = Strings.Get(locale, "goal.span", Day(goal.StartsAt), LastDay(goal.Deadline));
        var name = CalendarNames.Name(TimeZoneInfo.ConvertTime(goal.StartsAt, zone).DateTime, TimeZoneInfo.ConvertTime(goal.Deadline, zone).DateTime, partial: false, locale);
        return name is null ? dates : $"{name} · {dates}";
    }

    /// <summary>A change as the achievability check measures it: "+33.3%" or "+5.0 个百分点".</summary>
    public static string Change(decimal? change, bool inPoints, string locale)
    {
        if (change is not { } c) return "—";
        var culture = CultureInfo.GetCultureInfo(locale);
        var sign = c >= 0 ? "+" : "";
        return inPoints
            ? sign + c.ToString("0.0", culture) + Strings.Get(locale, "goal.points")
            : sign + c.ToString("0.0", culture) + "%";
    }

    public static string Percent(decimal? value, string locale) =>
        value is { } v ? v.ToString("0.0", CultureInfo.GetCultureInfo(locale)) + "%" : "—";

    public string Summary(Goal goal, string locale) =>
        Strings.Get(locale, "goal.summary", goal.OwnerName, KpiCatalogue.Get(goal.Metric).Name(locale), Value(goal.Metric, goal.Target, locale), Span(goal, locale));
}
