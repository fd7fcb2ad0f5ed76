namespace SalesCoach.Data.Risk;

/// <summary>A rating's band on the risk matrix: 低 1-4, 中 5-12, 高 15-25 (13 and 14 cannot occur as a product of two ratings 1-5).</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
