namespace SalesCoach.Data.Risk;

/// <summary>
/// The checklist: the internal risks of the guide's risk chapter (team management, process, technology) and the
/// external ones (market, competitors, customer credit and concentration, pricing, policy compliance), in the
/// order an assessment walks them. Keys are stored with ratings: never rename one.
/// </summary>
public static class RiskCatalogue
{
    public static readonly IReadOnlyList<RiskDefinition> All =
    [
        new("team_management", RiskCategory.Internal, "internal-risks", RiskResponse.Mitigate, 3, RiskSignalKind.OverdueCallbacks),
        new("process", RiskCategory.Internal, "process-monitoring", RiskResponse.Mitigate, 3, RiskSignalKind.StalledDeals),
        new("technology", RiskCategory.Internal, "crm-sales-management", RiskResponse.Transfer, 3),
        new("market", RiskCategory.External, "market-analysis", RiskResponse.Mitigate, 4),
        new("competitors", RiskCategory.External, "competitor-analysis", RiskResponse.Mitigate, 3, RiskSignalKind.FallingConversion),
        new("customer_credit", RiskCategory.External, "risk-responses", RiskResponse.Transfer, 4),
        new("customer_concentration", RiskCategory.External, "customer-care", RiskResponse.Mitigate, 4, RiskSignalKind.CustomerConcentration),
        new("pricing", RiskCategory.External, "pricing-policy", RiskResponse.Mitigate, 3),
        new("policy_compliance", RiskCategory.External, "sales-rules", RiskResponse.Avoid, 4),
    ];

    public static RiskDefinition? Find(string? key) => All.FirstOrDefault(r => r.Key == key);
}
