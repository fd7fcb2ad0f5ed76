using System.Globalization;
using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Skills.Kpi;

/// <summary>A KPI question as the form's slots left it: plain tokens, resolved against the data by KpiQueryService.</summary>
public sealed record KpiQuestion(
    string Metric,
    DateTimeOffset? PeriodStart,
    DateTimeOffset? PeriodEnd,
    string? PeriodText,
    string? Scope,
    string? Versus,
    string? Rank,
    bool YearOnYear,
    int? Trend,
    bool Definition)
{
    public static KpiQuestion From(FormCompleted form)
    {
        DateTimeOffset? start = null, end = null;
        if (form["period"]?.Resolution is { } range && range.Split('/') is [var s, var e]
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            (start, end) = (from, to);
        }
        return new KpiQuestion(
            form["metric"]?.Resolution ?? string.Empty,
            start,
            end,
            form["period"]?.Text,
            form["scope"]?.Resolution,
            form["versus"]?.Resolution,
            form["rank"]?.Resolution,
            form["compare"]?.Resolution == "year",
            int.TryParse(form["trend"]?.Resolution, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
            form["define"] is not null);
    }
}
