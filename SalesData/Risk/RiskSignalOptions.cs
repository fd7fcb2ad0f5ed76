namespace SalesCoach.Data.Risk;

/// <summary>SalesCoach:Risk settings: the windows the data signals look at.</summary>
public sealed class RiskSignalOptions
{
    public const string SectionName = "SalesCoach:Risk";

    /// <summary>An open deal whose customer has not been contacted for this many days counts as stalled.</summary>
    public int StalledDealDays { get; set; } = 30;

    /// <summary>A customer not contacted for this many days is an overdue callback.</summary>
    public int OverdueCallbackDays { get; set; } = 60;

    /// <summary>Revenue concentration is measured over this trailing window.</summary>
    public int ConcentrationDays { get; set; } = 365;

    /// <summary>Conversion is compared over two trailing windows of this length ("quarter over quarter").</summary>
    public int ConversionWindowDays { get; set; } = 90;
}
