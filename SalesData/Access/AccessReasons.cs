namespace SalesCoach.Data.Access;

/// <summary>Why a figure is refused (string keys "kpi.refused.{reason}" in the skill's resources).</summary>
public static class AccessReasons
{
    /// <summary>A rep asked for somebody else's figures, a team's, a region's or the company's.</summary>
    public const string RepOwnOnly = "repOwnOnly";
    /// <summary>A manager asked for another team, another team's rep, a region or the company.</summary>
    public const string ManagerTeamOnly = "managerTeamOnly";
    /// <summary>A rep asked for a ranking, which would show colleagues' figures.</summary>
    public const string RepNoRanking = "repNoRanking";
    /// <summary>The user is not in the sales data (outside demo mode): nobody has said what they may see.</summary>
    public const string UnknownUser = "unknownUser";
}
