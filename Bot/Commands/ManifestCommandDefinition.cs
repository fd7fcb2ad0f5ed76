using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>`manifest pack`'s options; ManifestPackCommand does the work.</summary>
internal static class ManifestCommandDefinition
{
    public static Command Create() => Create(ManifestPackCommand.LoadConfiguration);

    /// <param name="configuration">Where MicrosoftAppId is read from (tests give their own).</param>
    public static Command Create(Func<IConfiguration> configuration)
    {
        var appId = new Option<string>("--app-id") { Description = "(required) the Teams app's id (a GUID)" };
        var botId = new Option<string>("--bot-id") { Description = "the Azure Bot's Microsoft App ID (default: MicrosoftAppId from configuration, else --app-id)" };
        var baseUrl = new Option<string>("--base-url") { Description = "the bot's public https address the tabs load from (default: SalesCoach:Dashboard:PublicBaseUrl)" };
        var ssoClientId = new Option<string>("--sso-client-id") { Description = "the Entra app Teams SSO asks a token for (default: SalesCoach:TeamsTab:SsoClientId, else SalesCoach:WebSignIn:ClientId, else the bot id)" };
        var ssoResource = new Option<string>("--sso-resource") { Description = "its Application ID URI (default: SalesCoach:TeamsTab:SsoResource, else api://{host}/{sso client id})" };
        var output = new Option<string>("--out") { Description = "(required) the zip file to write" };
        var manifestDir = new Option<string>("--manifest-dir") { Description = "the folder holding manifest.json (default: the repository's manifest/)" };
        var json = CommandLine.Json("print the result as JSON");
        var pack = new Command("pack", "Write the Teams app package (manifest v1.29, English + 中文, icons, the dashboard tabs) as a zip to upload in Teams.")
        {
            appId, botId, baseUrl, ssoClientId, ssoResource, output, manifestDir, json,
        };
        pack.SetAction((parse, cancellationToken) => ManifestPackCommand.RunAsync(
            new ManifestPackOptions(CommandLine.Required(parse, appId), parse.GetValue(botId), CommandLine.Required(parse, output), parse.GetValue(manifestDir), parse.GetValue(json),
                parse.GetValue(baseUrl), parse.GetValue(ssoClientId), parse.GetValue(ssoResource)),
            configuration(), cancellationToken));
        return new Command("manifest", "The Teams app package.") { pack };
    }
}
