namespace SalesCoach.Skills.Risk;

/// <summary>One risk against the previous assessment of the same scope; a null score means it was not rated that time.</summary>
public sealed record RiskComparisonLine(string RiskKey, int? Previous, int? Current)
{
    public string Arrow => (Previous, Current) switch
    {
        ({ } p, { } c) when c > p => "↑",
        ({ } p, { } c) when c < p => "↓",
        _ => "=",
    };
}
