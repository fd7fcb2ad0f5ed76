namespace SalesCoach.Bot.Manifest;

/// <summary>
/// Where Teams loads the tabs from: the bot's public https address (no trailing slash, so "{BaseUrl}/dashboard" is
/// one slash) and its host name, which validDomains and the SSO Application ID URI need without scheme or path.
/// </summary>
public sealed record TabAddress(string BaseUrl, string Domain)
{
    public static TabAddress Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ManifestPackException(
                "the tabs need the bot's public https address: pass --base-url https://your-host or set SalesCoach:Dashboard:PublicBaseUrl");
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new ManifestPackException($"base URL '{text}' is not an absolute URL like https://coach.example.com");
        // Teams refuses to frame a tab served over plain http, so a package with one would install and then show nothing.
        if (uri.Scheme != Uri.UriSchemeHttps)
            throw new ManifestPackException($"base URL '{text}' must use https: Teams loads tabs only over https (a tunnel gives one in development)");
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            throw new ManifestPackException($"base URL '{text}' must be scheme, host and an optional path, without a query, fragment or user name");
        return new TabAddress(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), uri.IdnHost);
    }
}
