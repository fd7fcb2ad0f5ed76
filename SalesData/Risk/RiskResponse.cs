namespace SalesCoach.Data.Risk;

/// <summary>The four responses of a risk register: 规避, 转移, 减轻, 接受.</summary>
public enum RiskResponse
{
    Avoid,
    Transfer,
    Mitigate,
    Accept,
}
