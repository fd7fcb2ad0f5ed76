namespace SalesCoach.Data.Risk;

/// <summary>One risk of the checklist. Its names and hints live in the skill's resources (zh + en), keyed by <paramref name="Key"/>.</summary>
/// <param name="SectionId">The playbook section that explains how to handle it.</param>
/// <param name="HighResponse">The response proposed when it rates high; medium risks get 减轻, low ones 接受.</param>
/// <param name="DefaultImpact">Proposed impact when the data says something about the likelihood only.</param>
/// <param name="Signal">The data signal that prefills its likelihood, if any.</param>
public sealed record RiskDefinition(string Key, RiskCategory Category, string SectionId, RiskResponse HighResponse, int DefaultImpact, RiskSignalKind? Signal = null);
