namespace SalesCoach.Data.Kpi;

/// <summary>The calendar unit a period spans; decides what "the previous period" and a trend's steps are.</summary>
public enum KpiGranularity
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// <summary>Any other range: the previous period is the same length just before it.</summary>
    Custom,
}
