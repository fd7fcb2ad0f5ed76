namespace SalesCoach.Skills.Risk;

/// <summary>The ids and data fields the risk cards submit, read back from the turn's value.</summary>
public static class RiskCardInputs
{
    public const string Action = "riskAction", RateAction = "rate", UpdateAction = "update";
    public const string RiskKey = "riskKey", AssessmentId = "assessmentId";
    public const string Likelihood = "riskLikelihood", Impact = "riskImpact";

    public static string Response(string key) => "response_" + key;

    public static string Owner(string key) => "owner_" + key;

    public static string Due(string key) => "due_" + key;
}
