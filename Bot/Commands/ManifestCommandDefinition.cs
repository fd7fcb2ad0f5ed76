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
        var output = new Option<string>("--out") { Description = "(required) the zip file to write" };
        var manifestDir = new Option<string>("--manifest-dir") { Description = "the folder holding manifest.json (default: the repository's manifest/)" };
        var json = CommandLine.Json("print the result as JSON");
        var pack = new Command("pack", "Write the Teams app package (manifest v1.29, English + 中文, icons) as a zip to upload in Teams.")
        {
            appId, botId, output, manifestDir, json,
        };
        pack.SetAction((parse, cancellationToken) => ManifestPackCommand.RunAsync(
            new ManifestPackOptions(CommandLine.Required(parse, appId), parse.GetValue(botId), CommandLine.Required(parse, output), parse.GetValue(manifestDir), parse.GetValue(json)),
            configuration(), cancellationToken));
        return new Command("manifest", "The Teams app package.") { pack };
    }
}
