using System.Text.Json;
using SalesCoach.Bot.Manifest;

namespace SalesCoach.Bot.Commands;

/// <summary>`manifest pack --app-id GUID [--bot-id GUID] --out FILE.zip [--manifest-dir DIR] [--json]`: writes the Teams app package.</summary>
public static class ManifestPackCommand
{
    private const string Usage = "usage: manifest pack --app-id GUID [--bot-id GUID] --out FILE.zip [--manifest-dir DIR] [--json]";
    private static readonly string[] ValueOptions = ["--app-id", "--bot-id", "--out", "--manifest-dir"];

    public static Task<int> RunAsync(string[] args) => RunAsync(args, LoadConfiguration());

    internal static async Task<int> RunAsync(string[] args, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] != "pack")
            throw new CommandException(args.Length == 0 ? $"missing subcommand; {Usage}" : $"unknown subcommand '{args[0]}'; {Usage}");
        var (options, json) = ParseOptions(args[1..]);
        var appId = options.GetValueOrDefault("--app-id") ?? throw new CommandException($"--app-id is required; {Usage}");
        var output = options.GetValueOrDefault("--out") ?? throw new CommandException($"--out is required; {Usage}");

        // The manifest's botId must be the Microsoft App ID the running bot authenticates with
        // (MicrosoftAppId), or Teams' messages fail authentication. So without --bot-id we take the
        // bot's own configured id, and fall back to the app id (one registration for both, the common
        // setup) only when none is configured.
        var configuredBotId = configuration["MicrosoftAppId"] is { Length: > 0 } id ? id : null;
        if (!options.ContainsKey("--bot-id") && configuredBotId is not null && !Guid.TryParse(configuredBotId, out _))
            throw new CommandException($"MicrosoftAppId '{configuredBotId}' in configuration is not a GUID; pass --bot-id GUID");
        var botId = options.GetValueOrDefault("--bot-id") ?? configuredBotId ?? appId;

        ManifestPackResult result;
        try
        {
            var directory = ManifestLocator.Find(options.GetValueOrDefault("--manifest-dir"));
            result = await ManifestPackager.PackAsync(new ManifestPackRequest(directory, appId, botId, output), cancellationToken);
        }
        catch (ManifestPackException ex)
        {
            throw new CommandException(ex.Message);
        }

        Console.WriteLine(json
            ? JsonSerializer.Serialize(result, JsonSerializerOptions.Web)
            : $"Packed {string.Join(", ", result.Files)} into {result.OutputPath} ({result.Bytes} bytes; app id {result.AppId}, bot id {result.BotId}). " +
              "Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    private static (Dictionary<string, string> Options, bool Json) ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--json")
                json = true;
            else if (!ValueOptions.Contains(arg))
                throw new CommandException(arg.StartsWith('-') ? $"unknown option '{arg}'; {Usage}" : $"unexpected argument '{arg}'; {Usage}");
            else if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new CommandException($"{arg} needs a value; {Usage}");
            else if (!options.TryAdd(arg, args[++i]))
                throw new CommandException($"{arg} is given twice");
        }
        return (options, json);
    }

    // The same sources the bot reads its MicrosoftAppId from when serving (appsettings.json beside
    // the executable, user secrets, environment variables), so the packed botId matches the bot.
    private static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddUserSecrets(typeof(ManifestPackCommand).Assembly, optional: true)
        .AddEnvironmentVariables()
        .Build();
}
