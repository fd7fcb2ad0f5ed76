namespace SalesCoach.Data.Risk;

/// <summary>The playbook's risk matrix: score = likelihood × impact, banded into levels, each level with its default handling.</summary>
public static class RiskMatrix
{
    public const int Min = 1, Max = 5;

    public static bool IsRating(int value) => value is >= Min and <= Max;

    public static int Score(int likelihood, int impact) => likelihood * impact;

    public static RiskLevel Level(int score) => score switch
    {
        >= 15 => RiskLevel.High,
        >= 5 => RiskLevel.Medium,
        _ => RiskLevel.Low,
    };

    /// <summary>High: the risk's own strongest response; medium: reduce it on a plan; low: accept and watch.</summary>
    public static RiskResponse DefaultResponse(RiskDefinition risk, RiskLevel level) => level switch
    {
        RiskLevel.High => risk.HighResponse,
        RiskLevel.Medium => RiskResponse.Mitigate,
        _ => RiskResponse.Accept,
    };

    /// <summary>High risks are handled at once (two weeks), medium ones on a plan (a month), low ones reviewed next quarter.</summary>
    public static int DueInDays(RiskLevel level) => level switch
    {
        RiskLevel.High => 14,
        RiskLevel.Medium => 30,
        _ => 90,
    };
}
