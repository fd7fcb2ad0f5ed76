namespace SalesCoach.Data.Kpi;

/// <summary>SalesCoach:Kpi settings.</summary>
public sealed class KpiOptions
{
    public const string SectionName = "SalesCoach:Kpi";

    /// <summary>ISO 4217 code revenue is summed in; orders in other currencies are not converted (no exchange rates here).</summary>
    public string Currency { get; set; } = "CNY";
}
