namespace SalesCoach.Data.Model;

/// <summary>The calendar period a target covers, in the company time zone.</summary>
public enum TargetPeriod
{
    Month,
    Quarter,
    Year,
}
