namespace SalesCoach.Bot.Manifest;

/// <summary>
/// What to pack: the manifest folder, the ids to fill in (bot id defaults to the app id), the bot's public https
/// address the tabs load from, the Teams SSO app (client id defaults to the bot id, resource to
/// api://{domain}/{client id}) and the zip to write.
/// </summary>
public sealed record ManifestPackRequest(
    string ManifestDirectory, string AppId, string? BotId, string OutputPath, string? TabBaseUrl,
    string? SsoClientId = null, string? SsoResource = null);
