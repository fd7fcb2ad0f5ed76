using SalesCoach.Tests.Infrastructure;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SalesCoach.Bot.Commands;

namespace SalesCoach.Tests.Manifest;

[Collection(ConsoleCollection.Name)]
public sealed class ManifestPackCommandTests : IDisposable
{
    private const string AppId = PackedApp.AppId;
    private static readonly (string, string) PublicBaseUrl = ("SalesCoach:Dashboard:PublicBaseUrl", PackedApp.BaseUrl);
    private readonly TempDirectory _temp = new("manifest");
    private readonly ConsoleCapture _console = new();

    public void Dispose()
    {
        _console.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task PackCommandFindsTheManifestAndPrintsJsonWithTheIds()
    {
        var output = _temp.File("out/app.zip");

        var code = await AdminCommands.RunAsync(["manifest", "pack", "--app-id", AppId, "--bot-id", PackedApp.BotId, "--base-url", PackedApp.BaseUrl, "--out", output, "--json"]);

        Assert.Equal(0, code);
        var printed = JsonDocument.Parse(_console.Out.ToString()).RootElement;
        Assert.Equal(Path.GetFullPath(output), printed.GetProperty("outputPath").GetString());
        Assert.Equal(AppId, printed.GetProperty("appId").GetString());
        Assert.Equal(PackedApp.BotId, printed.GetProperty("botId").GetString());
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(4, zip.Entries.Count);
    }

    [Fact]
    public async Task PackCommandPrintsAReadableLineWithoutJson()
    {
        var code = await AdminCommands.RunAsync(["manifest", "pack", "--app-id", AppId, "--bot-id", PackedApp.BotId, "--base-url", PackedApp.BaseUrl, "--out", _temp.File("app.zip")]);

        Assert.Equal(0, code);
        Assert.StartsWith("Packed manifest.json, color.png, outline.png, zh-cn.json into ", _console.Out.ToString());
    }

    [Fact]
    public async Task BotIdComesFromMicrosoftAppIdWhenBotIdIsAbsent()
    {
        var configuration = Configuration(("MicrosoftAppId", PackedApp.BotId), PublicBaseUrl);

        var code = await RunWith(configuration, "--app-id", AppId, "--out", _temp.File("app.zip"), "--json");

        Assert.Equal(0, code);
        Assert.Equal(PackedApp.BotId, JsonDocument.Parse(_console.Out.ToString()).RootElement.GetProperty("botId").GetString());
    }

    [Fact]
    public async Task BotIdFallsBackToTheAppIdWhenNothingIsConfigured()
    {
        var configuration = Configuration(("MicrosoftAppId", ""), PublicBaseUrl);

        Assert.Equal(0, await RunWith(configuration, "--app-id", AppId, "--out", _temp.File("app.zip"), "--json"));

        Assert.Equal(AppId, JsonDocument.Parse(_console.Out.ToString()).RootElement.GetProperty("botId").GetString());
    }

    [Fact]
    public async Task AnInvalidMicrosoftAppIdInConfigurationIsReportedAsSuch()
    {
        var code = await RunWith(Configuration(("MicrosoftAppId", "my-bot"), PublicBaseUrl), "--app-id", AppId, "--out", _temp.File("app.zip"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: MicrosoftAppId 'my-bot' in configuration", _console.Error.ToString());
    }

    [Fact]
    public async Task TabAddressAndSsoAppComeFromConfigurationWhenNotGiven()
    {
        const string webSignInClient = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
        var configuration = Configuration(("MicrosoftAppId", PackedApp.BotId), ("SalesCoach:Dashboard:PublicBaseUrl", "https://coach.example.com/"),
            ("SalesCoach:WebSignIn:ClientId", webSignInClient));

        Assert.Equal(0, await RunWith(configuration, "--app-id", AppId, "--out", _temp.File("app.zip"), "--json"));

        var printed = JsonDocument.Parse(_console.Out.ToString()).RootElement;
        Assert.Equal("https://coach.example.com", printed.GetProperty("tabBaseUrl").GetString());
        Assert.Equal(webSignInClient, printed.GetProperty("sso").GetProperty("clientId").GetString());
        Assert.Equal($"api://coach.example.com/{webSignInClient}", printed.GetProperty("sso").GetProperty("resource").GetString());
    }

    [Fact]
    public async Task TheTeamsTabsOwnSsoSettingsWinOverTheWebSignIns()
    {
        const string tabClient = "1e0f9a8b-7c6d-4a3b-8c2d-9a8b7c6d5e4f";
        var configuration = Configuration(("MicrosoftAppId", PackedApp.BotId), PublicBaseUrl,
            ("SalesCoach:WebSignIn:ClientId", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
            ("SalesCoach:TeamsTab:SsoClientId", tabClient), ("SalesCoach:TeamsTab:SsoResource", "api://sso.example.com/" + tabClient));

        Assert.Equal(0, await RunWith(configuration, "--app-id", AppId, "--out", _temp.File("app.zip"), "--json"));

        var sso = JsonDocument.Parse(_console.Out.ToString()).RootElement.GetProperty("sso");
        Assert.Equal(tabClient, sso.GetProperty("clientId").GetString());
        Assert.Equal("api://sso.example.com/" + tabClient, sso.GetProperty("resource").GetString());
    }

    [Fact]
    public async Task CommandLineBaseUrlWinsOverConfiguration()
    {
        var code = await RunWith(Configuration(("MicrosoftAppId", PackedApp.BotId), PublicBaseUrl),
            "--app-id", AppId, "--base-url", "https://teams-coach.example.com", "--sso-client-id", AppId, "--out", _temp.File("app.zip"), "--json");

        Assert.Equal(0, code);
        var printed = JsonDocument.Parse(_console.Out.ToString()).RootElement;
        Assert.Equal("https://teams-coach.example.com", printed.GetProperty("tabBaseUrl").GetString());
        Assert.Equal($"api://teams-coach.example.com/{AppId}", printed.GetProperty("sso").GetProperty("resource").GetString());
    }

    [Fact]
    public async Task WithoutABaseUrlThePackSaysWhereToSetIt()
    {
        var code = await RunWith(Configuration(("MicrosoftAppId", PackedApp.BotId)), "--app-id", AppId, "--out", _temp.File("app.zip"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: the tabs need the bot's public https address: pass --base-url", _console.Error.ToString());
        Assert.False(File.Exists(_temp.File("app.zip")));
    }

    // Our own reasons are pinned word for word; System.CommandLine's (a parse error) only by the token they name.
    [Theory]
    [InlineData("manifest needs a subcommand: pack")]
    [InlineData("unknown subcommand 'unpack' of manifest", "unpack")]
    [InlineData("--app-id is required", "pack", "--out", "{out}")]
    [InlineData("app id 'nope' is not a GUID", "pack", "--app-id", "nope", "--out", "{out}")]
    [InlineData("bot id '42' is not a GUID", "pack", "--app-id", AppId, "--bot-id", "42", "--out", "{out}")]
    [InlineData("--out is required", "pack", "--app-id", AppId)]
    [InlineData("'--out'", "pack", "--app-id", AppId, "--out")]
    [InlineData("'--force'", "pack", "--app-id", AppId, "--out", "{out}", "--force")]
    [InlineData("'extra'", "pack", "extra")]
    [InlineData("'--app-id'", "pack", "--app-id", AppId, "--app-id", AppId, "--out", "{out}")]
    [InlineData("cannot write", "pack", "--app-id", AppId, "--bot-id", AppId, "--base-url", PackedApp.BaseUrl, "--out", "{file}/app.zip")]
    [InlineData("cannot write", "pack", "--app-id", AppId, "--bot-id", AppId, "--base-url", PackedApp.BaseUrl, "--out", "{dir}")]
    [InlineData("no manifest.json in", "pack", "--app-id", AppId, "--bot-id", AppId, "--out", "{out}", "--manifest-dir", "{dir}")]
    public async Task BadInputExitsNonZeroWithAOneLineReason(string reason, params string[] args)
    {
        var file = _temp.File("a-file.txt");
        File.WriteAllText(file, "not a folder");
        string[] command = ["manifest", .. args.Select(a => a.Replace("{out}", _temp.File("app.zip")).Replace("{file}", file).Replace("{dir}", _temp.Path))];

        var code = await AdminCommands.RunAsync(command);

        Assert.NotEqual(0, code);
        var error = _console.Error.ToString();
        Assert.StartsWith("error: ", error);
        Assert.Contains(reason, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(_temp.File("app.zip")));
    }

    /// <summary>`manifest pack ARGS` with MicrosoftAppId read from <paramref name="configuration"/> instead of the machine's.</summary>
    private static Task<int> RunWith(IConfiguration configuration, params string[] args) =>
        AdminCommands.RunAsync(["manifest", "pack", .. args], [ManifestCommandDefinition.Create(() => configuration)]);

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
