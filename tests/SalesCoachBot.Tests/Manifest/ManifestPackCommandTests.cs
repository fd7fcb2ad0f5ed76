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

        var code = await AdminCommands.RunAsync(["manifest", "pack", "--app-id", AppId, "--bot-id", PackedApp.BotId, "--out", output, "--json"]);

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
        var code = await AdminCommands.RunAsync(["manifest", "pack", "--app-id", AppId, "--bot-id", PackedApp.BotId, "--out", _temp.File("app.zip")]);

        Assert.Equal(0, code);
        Assert.StartsWith("Packed manifest.json, color.png, outline.png, zh-cn.json into ", _console.Out.ToString());
    }

    [Fact]
    public async Task BotIdComesFromMicrosoftAppIdWhenBotIdIsAbsent()
    {
        var configuration = Configuration(("MicrosoftAppId", PackedApp.BotId));

        var code = await RunWith(configuration, "--app-id", AppId, "--out", _temp.File("app.zip"), "--json");

        Assert.Equal(0, code);
        Assert.Equal(PackedApp.BotId, JsonDocument.Parse(_console.Out.ToString()).RootElement.GetProperty("botId").GetString());
    }

    [Fact]
    public async Task BotIdFallsBackToTheAppIdWhenNothingIsConfigured()
    {
        var configuration = Configuration(("MicrosoftAppId", ""));

        Assert.Equal(0, await RunWith(configuration, "--app-id", AppId, "--out", _temp.File("app.zip"), "--json"));

        Assert.Equal(AppId, JsonDocument.Parse(_console.Out.ToString()).RootElement.GetProperty("botId").GetString());
    }

    [Fact]
    public async Task AnInvalidMicrosoftAppIdInConfigurationIsReportedAsSuch()
    {
        var code = await RunWith(Configuration(("MicrosoftAppId", "my-bot")), "--app-id", AppId, "--out", _temp.File("app.zip"));

        Assert.Equal(2, code);
        Assert.StartsWith("error: MicrosoftAppId 'my-bot' in configuration", _console.Error.ToString());
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
    [InlineData("cannot write", "pack", "--app-id", AppId, "--bot-id", AppId, "--out", "{file}/app.zip")]
    [InlineData("cannot write", "pack", "--app-id", AppId, "--bot-id", AppId, "--out", "{dir}")]
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
