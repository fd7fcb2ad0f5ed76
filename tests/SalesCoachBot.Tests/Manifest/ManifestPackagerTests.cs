using SalesCoach.Tests.Infrastructure;
using SalesCoach.Bot.Manifest;

namespace SalesCoach.Tests.Manifest;

public sealed class ManifestPackagerTests : IDisposable
{
    private readonly TempDirectory _temp = new("manifest");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PackWritesTheManifestIconsAndChineseStringsAtTheZipRoot()
    {
        var app = await PackedApp.PackAsync(_temp);

        Assert.Equal(["manifest.json", "color.png", "outline.png", "zh-cn.json"], app.Entries.Keys);
        Assert.Equal(app.Entries.Keys, app.Result.Files);
        Assert.Equal(new FileInfo(app.Result.OutputPath).Length, app.Result.Bytes);
    }

    [Fact]
    public async Task PackedManifestIsValidAgainstTheTeamsV129Schema()
    {
        var app = await PackedApp.PackAsync(_temp);

        Assert.Empty(TeamsSchemas.ValidateManifest(app.Json("manifest.json")));
        Assert.Equal("1.29", app.Json("manifest.json").GetProperty("manifestVersion").GetString());
    }

    [Fact]
    public async Task PackedChineseStringsAreValidAgainstTheLocalizationSchema()
    {
        var app = await PackedApp.PackAsync(_temp);

        Assert.Empty(TeamsSchemas.ValidateLocalization(app.Json("zh-cn.json")));
    }

    [Fact]
    public async Task SchemaValidationCatchesABrokenManifest()
    {
        // Guards the validator itself: a schema that accepted everything would make the tests above pointless.
        var app = await PackedApp.PackAsync(_temp);
        var broken = System.Text.Json.Nodes.JsonNode.Parse(app.Entries["manifest.json"])!;
        broken["id"] = "not-a-guid";
        broken["bots"]![0]!["scopes"]![0] = "everywhere";

        var errors = TeamsSchemas.ValidateManifest(System.Text.Json.JsonSerializer.SerializeToElement(broken));

        Assert.Contains(errors, e => e.StartsWith("/id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/bots/0/scopes/0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SchemaValidationCatchesBrokenChineseStrings()
    {
        var app = await PackedApp.PackAsync(_temp);
        var broken = System.Text.Json.Nodes.JsonNode.Parse(app.Entries["zh-cn.json"])!.AsObject();
        broken.Remove("description.short");
        broken["bots[0].commandLists[3].commands[0].title"] = "第四个列表";

        var errors = TeamsSchemas.ValidateLocalization(System.Text.Json.JsonSerializer.SerializeToElement(broken));

        Assert.Contains(errors, e => e.Contains("description.short", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("commandLists[3]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PackFillsInTheAppIdAndTheBotId()
    {
        var app = await PackedApp.PackAsync(_temp);
        var manifest = app.Json("manifest.json");

        Assert.Equal(PackedApp.AppId, manifest.GetProperty("id").GetString());
        Assert.Equal(PackedApp.BotId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.DoesNotContain("${{", System.Text.Encoding.UTF8.GetString(app.Entries["manifest.json"]));
    }

    [Fact]
    public async Task BotIdDefaultsToTheAppId()
    {
        var app = await PackedApp.PackAsync(_temp, botId: null);

        Assert.Equal(PackedApp.AppId, app.Json("manifest.json").GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(PackedApp.AppId, app.Result.BotId);
    }

    [Fact]
    public async Task UpperCaseGuidsAreWrittenInLowerCase()
    {
        var request = new ManifestPackRequest(ManifestLocator.Find(), PackedApp.AppId.ToUpperInvariant(), null, _temp.File("app.zip"), PackedApp.BaseUrl);

        var result = await ManifestPackager.PackAsync(request);

        Assert.Equal(PackedApp.AppId, result.AppId);
    }

    [Fact]
    public void CommittedManifestKeepsPlaceholdersInsteadOfRealIds()
    {
        var text = File.ReadAllText(Path.Combine(ManifestLocator.Find(), "manifest.json"));

        Assert.Contains($"\"id\": \"{ManifestPackager.AppIdPlaceholder}\"", text);
        Assert.Contains($"\"botId\": \"{ManifestPackager.BotIdPlaceholder}\"", text);
    }

    [Fact]
    public async Task IconsAre192And32PixelsSquare()
    {
        var app = await PackedApp.PackAsync(_temp);

        Assert.Equal((192, 192), (app.Png("color.png").Width, app.Png("color.png").Height));
        Assert.Equal((32, 32), (app.Png("outline.png").Width, app.Png("outline.png").Height));
        Assert.Equal(new PngSize(192, 192), PngSize.TryRead(app.Entries["color.png"]));
        Assert.Equal(new PngSize(32, 32), PngSize.TryRead(app.Entries["outline.png"]));
    }

    [Fact]
    public async Task OutlineIconIsOnlyWhiteOnTransparent()
    {
        var outline = (await PackedApp.PackAsync(_temp)).Png("outline.png");

        Assert.All(outline.Pixels(), p => Assert.True(p.A == 0 || p is (255, 255, 255, 255), $"pixel {p} is neither white nor transparent"));
        Assert.Contains(outline.Pixels(), p => p.A == 255);
        Assert.Contains(outline.Pixels(), p => p.A == 0);
    }

    [Fact]
    public async Task ColorIconIsAnOpaqueFullColourGlyph()
    {
        var color = (await PackedApp.PackAsync(_temp)).Png("color.png");

        Assert.Equal(255, color.Pixel(96, 96).A);
        Assert.True(color.Pixels().Where(p => p.A == 255).Distinct().Count() >= 3, "expected a background and at least two glyph colours");
    }

    [Fact]
    public async Task BotOffersCommandsInPersonalTeamAndGroupChatScopes()
    {
        var bot = (await PackedApp.PackAsync(_temp)).Json("manifest.json").GetProperty("bots")[0];

        string[] scopes = ["personal", "team", "groupChat"];
        Assert.Equal(scopes, bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(scopes, bot.GetProperty("commandLists").EnumerateArray().Select(l => l.GetProperty("scopes")[0].GetString()));
        Assert.False(bot.GetProperty("supportsFiles").GetBoolean());
        foreach (var list in bot.GetProperty("commandLists").EnumerateArray())
        {
            var titles = list.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString());
            Assert.Equal(["help", "kpi", "goal", "remind", "training", "risk", "ask"], titles);
        }
    }

    [Fact]
    public async Task EveryCommandHasAShortTitleAndADescriptionInEnglishAndChinese()
    {
        var app = await PackedApp.PackAsync(_temp);
        var chinese = app.Json("zh-cn.json");
        var lists = app.Json("manifest.json").GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().ToList();

        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i].GetProperty("commands").EnumerateArray().ToList();
            for (var j = 0; j < commands.Count; j++)
            {
                var key = $"bots[0].commandLists[{i}].commands[{j}]";
                // Teams truncates command titles past 32 characters; the schema alone allows 128.
                foreach (var title in new[] { commands[j].GetProperty("title").GetString(), chinese.GetProperty($"{key}.title").GetString() })
                    Assert.InRange(title!.Length, 1, 32);
                Assert.NotEmpty(commands[j].GetProperty("description").GetString()!);
                Assert.NotEmpty(chinese.GetProperty($"{key}.description").GetString()!);
            }
        }
    }

    [Fact]
    public async Task ManifestPointsToTheChineseStringsItShips()
    {
        var localization = (await PackedApp.PackAsync(_temp)).Json("manifest.json").GetProperty("localizationInfo");

        Assert.Equal("en-us", localization.GetProperty("defaultLanguageTag").GetString());
        var zh = Assert.Single(localization.GetProperty("additionalLanguages").EnumerateArray());
        Assert.Equal(("zh-cn", "zh-cn.json"), (zh.GetProperty("languageTag").GetString(), zh.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task PackRejectsAnIconOfTheWrongSize()
    {
        var copy = CopyManifestFolder();
        File.Copy(Path.Combine(copy, "outline.png"), Path.Combine(copy, "color.png"), overwrite: true);

        var ex = await Assert.ThrowsAsync<ManifestPackException>(() => PackedApp.PackAsync(_temp, manifestDirectory: copy));

        Assert.Contains("color.png is 32x32", ex.Message);
    }

    [Fact]
    public async Task PackRejectsAPlaceholderNothingFillsIn()
    {
        var copy = CopyManifestFolder();
        var manifest = Path.Combine(copy, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"1.0.0\"", "\"${{APP_VERSION}}\""));

        var ex = await Assert.ThrowsAsync<ManifestPackException>(() => PackedApp.PackAsync(_temp, manifestDirectory: copy));

        Assert.Contains("${{APP_VERSION}}", ex.Message);
    }

    [Theory]
    [InlineData("not-a-guid", "is not a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "all-zero GUID")]
    [InlineData("{6f1c2a8e-5d3b-4c7a-9e21-0b4d8f6a3c15}", "is not a GUID")]
    public async Task PackRejectsABotIdThatIsNotARealGuid(string botId, string reason)
    {
        var ex = await Assert.ThrowsAsync<ManifestPackException>(() => PackedApp.PackAsync(_temp, botId));

        Assert.Contains(reason, ex.Message);
        Assert.False(File.Exists(_temp.File("app.zip")));
    }

    private string CopyManifestFolder()
    {
        var copy = Directory.CreateDirectory(_temp.File("manifest")).FullName;
        foreach (var file in Directory.GetFiles(ManifestLocator.Find()))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }
}
