using System.Text.Json;
using SalesCoach.Bot.Manifest;
using SalesCoach.Bot.TeamsTab;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Manifest;

/// <summary>The dashboard tabs, validDomains and the Teams SSO app in the packed manifest.</summary>
public sealed class ManifestTabsTests : IDisposable
{
    private const string SsoClientId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private readonly TempDirectory _temp = new("manifest-tabs");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PackedManifestWithTheTabsIsValidAgainstTheTeamsV129Schema()
    {
        var manifest = (await PackedApp.PackAsync(_temp)).Json("manifest.json");

        Assert.Empty(TeamsSchemas.ValidateManifest(manifest));
        Assert.Equal(2, manifest.GetProperty("staticTabs").GetArrayLength());
        Assert.Equal(1, manifest.GetProperty("configurableTabs").GetArrayLength());
    }

    [Fact]
    public async Task PersonalTabShowsTheDashboardInTheViewersTeamsLanguage()
    {
        var tabs = (await PackedApp.PackAsync(_temp)).Json("manifest.json").GetProperty("staticTabs");

        var dashboard = tabs[0];
        Assert.Equal("dashboard", dashboard.GetProperty("entityId").GetString());
        Assert.Equal(["personal"], dashboard.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        // Teams replaces {locale} with the person's language when it loads the tab; dashboard.js reads ?locale=.
        Assert.Equal($"{PackedApp.BaseUrl}{TeamsTabPaths.Dashboard}?locale={{locale}}&host=teams", dashboard.GetProperty("contentUrl").GetString());
        Assert.Equal($"{PackedApp.BaseUrl}{TeamsTabPaths.Dashboard}", dashboard.GetProperty("websiteUrl").GetString());
        // The bot's chat stays a tab of the personal app, after the dashboard.
        Assert.Equal("conversations", tabs[1].GetProperty("entityId").GetString());
    }

    [Fact]
    public async Task TeamTabIsConfiguredOnTheBotsOwnConfigurationPage()
    {
        var tab = (await PackedApp.PackAsync(_temp)).Json("manifest.json").GetProperty("configurableTabs")[0];

        Assert.Equal($"{PackedApp.BaseUrl}{TeamsTabPaths.Configuration}?locale={{locale}}", tab.GetProperty("configurationUrl").GetString());
        Assert.Equal(["team", "groupChat"], tab.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.True(tab.GetProperty("canUpdateConfiguration").GetBoolean());
    }

    [Fact]
    public async Task ValidDomainsAndTheSsoAppAreFilledInFromTheBaseUrlAndTheBotId()
    {
        var app = await PackedApp.PackAsync(_temp);
        var manifest = app.Json("manifest.json");

        Assert.Equal(["coach.example.com"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        var sso = manifest.GetProperty("webApplicationInfo");
        Assert.Equal(PackedApp.BotId, sso.GetProperty("id").GetString());
        Assert.Equal($"api://coach.example.com/{PackedApp.BotId}", sso.GetProperty("resource").GetString());
        Assert.Equal(new SsoApplication(PackedApp.BotId, $"api://coach.example.com/{PackedApp.BotId}"), app.Result.Sso);
        Assert.DoesNotContain("${{", System.Text.Encoding.UTF8.GetString(app.Entries["manifest.json"]));
    }

    [Fact]
    public async Task AGivenSsoClientIdIsUsedAndNamesTheDefaultResource()
    {
        var app = await PackAsync(PackedApp.BaseUrl, ssoClientId: SsoClientId.ToUpperInvariant());
        var sso = app.Json("manifest.json").GetProperty("webApplicationInfo");

        Assert.Equal(SsoClientId, sso.GetProperty("id").GetString());
        Assert.Equal($"api://coach.example.com/{SsoClientId}", sso.GetProperty("resource").GetString());
    }

    [Fact]
    public async Task AGivenSsoResourceIsWrittenAsItIs()
    {
        var app = await PackAsync(PackedApp.BaseUrl, SsoClientId, "api://sso.example.com/salescoach");

        Assert.Equal("api://sso.example.com/salescoach", app.Json("manifest.json").GetProperty("webApplicationInfo").GetProperty("resource").GetString());
    }

    [Fact]
    public async Task ABaseUrlWithAPathKeepsItAndTheDomainIsItsHost()
    {
        var manifest = (await PackAsync("https://Intranet.Example.com:8443/coach/")).Json("manifest.json");

        Assert.Equal("https://intranet.example.com:8443/coach/dashboard?locale={locale}&host=teams",
            manifest.GetProperty("staticTabs")[0].GetProperty("contentUrl").GetString());
        Assert.Equal(["intranet.example.com"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(TeamsSchemas.ValidateManifest(manifest));
    }

    [Theory]
    [InlineData(null, "public https address")]
    [InlineData("  ", "public https address")]
    [InlineData("coach.example.com", "not an absolute URL")]
    [InlineData("ftp://coach.example.com", "not an absolute URL")]
    [InlineData("http://coach.example.com", "must use https")]
    [InlineData("https://coach.example.com/?tenant=1", "without a query")]
    [InlineData("https://user@coach.example.com", "without a query, fragment or user name")]
    public async Task PackRejectsABaseUrlTeamsCouldNotLoadTabsFrom(string? baseUrl, string reason)
    {
        var ex = await Assert.ThrowsAsync<ManifestPackException>(() => PackAsync(baseUrl));

        Assert.Contains(reason, ex.Message);
        Assert.False(File.Exists(_temp.File("app.zip")));
    }

    [Theory]
    [InlineData("https://coach.example.com/api", "is not an Application ID URI")]
    [InlineData("api://", "is not an Application ID URI")]
    [InlineData("api://coach example.com/x", "is not an Application ID URI")]
    public async Task PackRejectsAnSsoResourceThatIsNotAnApplicationIdUri(string resource, string reason)
    {
        var ex = await Assert.ThrowsAsync<ManifestPackException>(() => PackAsync(PackedApp.BaseUrl, SsoClientId, resource));

        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public async Task PackRejectsAnSsoClientIdThatIsNotAGuid()
    {
        var ex = await Assert.ThrowsAsync<ManifestPackException>(() => PackAsync(PackedApp.BaseUrl, "my-entra-app"));

        Assert.Contains("SSO client id 'my-entra-app' is not a GUID", ex.Message);
    }

    [Fact]
    public async Task ChineseStringsNameTheDashboardTab()
    {
        var chinese = (await PackedApp.PackAsync(_temp)).Json("zh-cn.json");

        Assert.Equal("仪表盘", chinese.GetProperty("staticTabs[0].name").GetString());
        Assert.Empty(TeamsSchemas.ValidateLocalization(chinese));
    }

    [Fact]
    public void CommittedManifestKeepsTheTabAndSsoPlaceholders()
    {
        var text = File.ReadAllText(Path.Combine(ManifestLocator.Find(), "manifest.json"));

        Assert.Contains($"\"contentUrl\": \"{ManifestPackager.TabBaseUrlPlaceholder}/dashboard?", text);
        Assert.Contains($"\"{ManifestPackager.TabDomainPlaceholder}\"", text);
        Assert.Contains($"\"id\": \"{ManifestPackager.SsoClientIdPlaceholder}\"", text);
        Assert.Contains($"\"resource\": \"{ManifestPackager.SsoResourcePlaceholder}\"", text);
    }

    private Task<PackedApp> PackAsync(string? baseUrl, string? ssoClientId = null, string? ssoResource = null) =>
        PackedApp.PackAsync(_temp, new ManifestPackRequest(ManifestLocator.Find(), PackedApp.AppId, PackedApp.BotId, _temp.File("app.zip"), baseUrl, ssoClientId, ssoResource));
}
