using System.Text.Json;
using SalesCoach.Bot.Identity;
using SalesCoach.Bot.Manifest;
using SalesCoach.Bot.TeamsTab;
using SalesCoach.Skills.Dashboard;

namespace SalesCoach.Bot.Commands;

/// <summary>What `manifest pack` was given.</summary>
internal sealed record ManifestPackOptions(
    string AppId, string? BotId, string Output, string? ManifestDirectory, bool Json,
    string? BaseUrl = null, string? SsoClientId = null, string? SsoResource = null);

/// <summary>
/// `manifest pack --app-id GUID [--bot-id GUID] [--base-url URL] [--sso-client-id GUID] [--sso-resource URI] --out FILE.zip
/// [--manifest-dir DIR] [--json]`: writes the Teams app package.
/// </summary>
public static class ManifestPackCommand
{
    internal static async Task<int> RunAsync(ManifestPackOptions options, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        // The manifest's botId must be the Microsoft App ID the running bot authenticates with
        // (MicrosoftAppId), or Teams' messages fail authentication. So without --bot-id we take the
        // bot's own configured id, and fall back to the app id (one registration for both, the common
        // setup) only when none is configured.
        var configuredBotId = configuration["MicrosoftAppId"] is { Length: > 0 } id ? id : null;
        if (options.BotId is null && configuredBotId is not null && !Guid.TryParse(configuredBotId, out _))
            throw new CommandException($"MicrosoftAppId '{configuredBotId}' in configuration is not a GUID; pass --bot-id GUID");
        var botId = options.BotId ?? configuredBotId ?? options.AppId;
        // The tabs load the dashboard from the address chat cards link to; the SSO app is the web sign-in's unless
        // the Teams tab names its own (see TeamsTabOptions).
        var baseUrl = options.BaseUrl ?? Configured(configuration, $"{DashboardOptions.SectionName}:{nameof(DashboardOptions.PublicBaseUrl)}");
        var ssoClientId = options.SsoClientId
            ?? Configured(configuration, $"{TeamsTabOptions.SectionName}:{nameof(TeamsTabOptions.SsoClientId)}")
            ?? Configured(configuration, $"{WebSignInOptions.SectionName}:{nameof(WebSignInOptions.ClientId)}");
        var ssoResource = options.SsoResource ?? Configured(configuration, $"{TeamsTabOptions.SectionName}:{nameof(TeamsTabOptions.SsoResource)}");

        ManifestPackResult result;
        try
        {
            var directory = ManifestLocator.Find(options.ManifestDirectory);
            result = await ManifestPackager.PackAsync(new ManifestPackRequest(directory, options.AppId, botId, options.Output, baseUrl, ssoClientId, ssoResource), cancellationToken);
        }
        catch (ManifestPackException ex)
        {
            throw new CommandException(ex.Message);
        }

        Console.WriteLine(options.Json
            ? JsonSerializer.Serialize(result, JsonSerializerOptions.Web)
            : $"Packed {string.Join(", ", result.Files)} into {result.OutputPath} ({result.Bytes} bytes; app id {result.AppId}, bot id {result.BotId}, " +
              $"tabs from {result.TabBaseUrl}, SSO app {result.Sso.ClientId} as {result.Sso.Resource}). " +
              "Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    private static string? Configured(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    // The same sources the bot reads its MicrosoftAppId from when serving (appsettings.json beside
    // the executable, user secrets, environment variables), so the packed botId matches the bot.
    internal static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddUserSecrets(typeof(ManifestPackCommand).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();
}
