namespace SalesCoach.Data.Model;

/// <summary>A goal for one rep (OwnerId) or one team (TeamId) on one metric for one calendar period.</summary>
public sealed class Target
{
    public long Id { get; set; }
    public string? OwnerId { get; set; }
    public string? TeamId { get; set; }

    /// <summary>The KPI catalogue's metric key (e.g. "revenue", "orders").</summary>
    public required string Metric { get; set; }
    public TargetPeriod Period { get; set; }

    /// <summary>First day of the period in the company calendar; a date, not an instant, so no time zone applies.</summary>
    public DateOnly PeriodStart { get; set; }
    public decimal Value { get; set; }
}
