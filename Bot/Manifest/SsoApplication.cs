namespace SalesCoach.Bot.Manifest;

/// <summary>
/// The Entra app registration Teams asks for a token when a tab calls getAuthToken (webApplicationInfo): its client
/// id and its Application ID URI, which Teams requires in the form api://{the tab's domain}/{client id}.
/// </summary>
public sealed record SsoApplication(string ClientId, string Resource)
{
    public const string ResourceScheme = "api://";

    public static string DefaultResource(TabAddress tab, string clientId) => $"{ResourceScheme}{tab.Domain}/{clientId}";

    /// <summary>Checks an Application ID URI given by configuration or on the command line.</summary>
    public static string RequireResource(string resource)
    {
        var trimmed = resource.Trim();
        if (!trimmed.StartsWith(ResourceScheme, StringComparison.OrdinalIgnoreCase) || trimmed.Length == ResourceScheme.Length
            || trimmed.Any(char.IsWhiteSpace) || trimmed.Length > 2048)
            throw new ManifestPackException(
                $"SSO resource '{resource}' is not an Application ID URI like api://coach.example.com/<client id> (Entra app registration > Expose an API)");
        return trimmed;
    }
}
