namespace SalesCoach.Bot.TeamsTab;

/// <summary>The dashboard as a Teams tab (section "SalesCoach:TeamsTab"): who may frame it, and the SSO app the package names.</summary>
public sealed class TeamsTabOptions
{
    public const string SectionName = "SalesCoach:TeamsTab";

    /// <summary>
    /// Origins besides Teams and Microsoft 365 that may frame the dashboard (an intranet portal:
    /// "https://intranet.example.com"). The dashboard's pages refuse every other framer.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>
    /// The Entra app registration Teams SSO asks a token for (webApplicationInfo.id in the package). Unset: the web
    /// sign-in's ClientId, else the bot's Microsoft App ID.
    /// </summary>
    public string? SsoClientId { get; set; }

    /// <summary>Its Application ID URI (webApplicationInfo.resource). Unset: api://{the tab's host}/{SsoClientId}.</summary>
    public string? SsoResource { get; set; }
}
