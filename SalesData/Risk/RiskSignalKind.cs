namespace SalesCoach.Data.Risk;

/// <summary>What in the sales data can hint at a risk's likelihood.</summary>
public enum RiskSignalKind
{
    CustomerConcentration,
    StalledDeals,
    OverdueCallbacks,
    FallingConversion,
}
