namespace SalesCoach.Data.Kpi;

/// <summary>How a KPI's figure is measured, which decides how it is formatted and compared.</summary>
public enum KpiUnit
{
    /// <summary>Money in the company currency (orders in other currencies are not converted; see KpiCatalogue).</summary>
    Currency,
    /// <summary>A ratio shown as a percentage; comparisons are in percentage points.</summary>
    Percent,
    /// <summary>Orders or customers.</summary>
    Count,
    /// <summary>An average duration in hours.</summary>
    Hours,
    /// <summary>A 1-5 survey score.</summary>
    Score,
}
