using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>`manifest pack`'s usage for System.CommandLine (the options are read by ManifestPackCommand, whose tests call it directly).</summary>
internal static class ManifestCommandDefinition
{
    public static Command Create()
    {
        var pack = new Command("pack", "Write the Teams app package (manifest v1.29, English + 中文, icons) as a zip to upload in Teams.")
        {
            new Option<string>("--app-id") { Description = "(required) the Teams app's id (a GUID)" },
            new Option<string>("--bot-id") { Description = "the Azure Bot's Microsoft App ID (default: MicrosoftAppId from configuration, else --app-id)" },
            new Option<string>("--out") { Description = "(required) the zip file to write" },
            new Option<string>("--manifest-dir") { Description = "the folder holding manifest.json (default: the repository's manifest/)" },
            CommandLine.Json("print the result as JSON"),
        };
        return new Command("manifest", "The Teams app package.") { pack };
    }
}
