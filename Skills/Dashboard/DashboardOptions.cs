namespace SalesCoach.Skills.Dashboard;

/// <summary>Where people reach the dashboard (SalesCoach:Dashboard).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "SalesCoach:Dashboard";

    /// <summary>
    /// The bot's address as people's browsers and Teams reach it ("https://coach.example.com/"). Chat cards link to
    /// {PublicBaseUrl}/dashboard only when it is set: the host cannot know its public name behind a proxy or in Teams,
    /// and a link to the address Kestrel bound would lead nowhere.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
