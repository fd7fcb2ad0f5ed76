using SalesCoach.Bot.Hosting;

namespace SalesCoach.Bot.TeamsTab;

/// <summary>
/// The Content-Security-Policy the tab pages send: only this host, the Teams and Microsoft 365 clients (web, desktop
/// and the cloud.microsoft domains they are moving to) and the origins an operator adds may frame the dashboard.
/// </summary>
public sealed class TeamsFrameAncestors
{
    /// <summary>The hosts Microsoft lists for tabs in Teams, Outlook and the Microsoft 365 app.</summary>
    public static readonly IReadOnlyList<string> MicrosoftHosts =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft",
        "https://*.microsoft365.com", "https://*.office.com",
        "https://outlook.office.com", "https://outlook.office365.com", "https://outlook-sdf.office.com", "https://outlook-sdf.office365.com",
    ];

    public TeamsFrameAncestors(IEnumerable<string> extra)
    {
        var sources = new List<string> { "'self'" };
        sources.AddRange(MicrosoftHosts);
        foreach (var origin in extra.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            // One token of the header: a space, ';' or ',' would let a setting smuggle in another directive or source.
            if (origin.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' || char.IsControl(c)))
                throw new BotConfigurationException(
                    $"{TeamsTabOptions.SectionName}:{nameof(TeamsTabOptions.FrameAncestors)} entry '{origin}' is not one origin like https://intranet.example.com");
            sources.Add(origin);
        }
        HeaderValue = "frame-ancestors " + string.Join(' ', sources.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    public string HeaderValue { get; }
}
