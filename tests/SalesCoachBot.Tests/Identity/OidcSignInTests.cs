using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Model;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Identity;

/// <summary>OpenID Connect sign-in against a local stand-in provider, on a seeded demo company.</summary>
public sealed class OidcSignInTests(OidcSignInTests.Fixture fixture) : IClassFixture<OidcSignInTests.Fixture>
{
    private FakeOidcProvider Provider => fixture.Provider;
    private BotServer Server => fixture.Server;

    [Fact]
    public async Task AValidIdTokenSignsInAndIsMappedByEntraObjectId()
    {
        var rep = fixture.Org.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).First(u => u.Role == SalesRole.Rep && u.TeamsAadObjectId is not null);
        using var browser = new WebClient(Server.BaseUri);
        // The e-mail names nobody: only the object id can have found the rep.
        var landed = await SignInAsync(browser, new FakeOidcProvider.Person(rep.TeamsAadObjectId!, "someone.else@example.com", "Entra Rep"));
        Assert.Equal("/dashboard", landed);
        var me = await MeAsync(browser);
        Assert.Equal(rep.Id, me["userId"]!.GetValue<string>());
        Assert.Equal("oidc", me["source"]!.GetValue<string>());
        Assert.Equal(rep.Name, me["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutAKnownObjectIdThePersonIsMappedByEmail()
    {
        var manager = fixture.Org.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).First(u => u.Role == SalesRole.Manager);
        using var browser = new WebClient(Server.BaseUri);
        await SignInAsync(browser, new FakeOidcProvider.Person(Guid.NewGuid().ToString(), manager.Email!.ToUpperInvariant(), "Entra Manager"));
        Assert.Equal(manager.Id, (await MeAsync(browser))["userId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheWebChatOfAPersonSignedInWithTheProviderIsTheMappedSalesUser()
    {
        var rep = fixture.Org.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).Last(u => u.Role == SalesRole.Rep && u.TeamsAadObjectId is not null);
        using var browser = new WebClient(Server.BaseUri);
        await SignInAsync(browser, new FakeOidcProvider.Person(rep.TeamsAadObjectId!, "x@example.com", "Entra Rep"));
        var directLine = new DirectLineTestClient(browser.Http);
        var grant = await directLine.GetTokenAsync();
        Assert.Equal("dl_su." + rep.Id, grant["userId"]!.GetValue<string>());
        const string question = "本月销售额多少";
        var answer = await WebChatAsk.ThroughDirectLineAsync(directLine, grant, question);
        Assert.Equal(await WebChatAsk.OverMessagesAsync(Server, rep.Id, question), answer);
        Assert.Contains(rep.Name, answer);
    }

    [Fact]
    public async Task AnUnmappedPersonGetsAClearPageAndNoData()
    {
        using var browser = new WebClient(Server.BaseUri, "zh-CN");
        await SignInAsync(browser, new FakeOidcProvider.Person(Guid.NewGuid().ToString(), "stranger@example.com", "陌生人"));

        using var dashboard = await browser.GetAsync("dashboard");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/signin/denied", dashboard.Headers.Location!.OriginalString);
        using var denied = await browser.GetAsync("signin/denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = await denied.Content.ReadAsStringAsync();
        Assert.Contains("账号未关联销售用户", html);
        Assert.Contains("陌生人", html);
        using var english = await browser.GetAsync("signin/denied?lang=en");
        Assert.Contains("not linked to a sales user", await english.Content.ReadAsStringAsync());

        foreach (var path in new[] { "api/dashboard/summary", "api/identity/me" })
        {
            using var api = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        }
        var grant = await new DirectLineTestClient(browser.Http).GetTokenAsync();
        Assert.DoesNotContain(WebChatUserPrefix, grant["userId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(FakeOidcProvider.TokenFault.WrongKey)]
    [InlineData(FakeOidcProvider.TokenFault.Expired)]
    public async Task AForgedOrExpiredIdTokenIsRefused(FakeOidcProvider.TokenFault fault)
    {
        var admin = fixture.Org.FirstAdmin()!;
        using var browser = new WebClient(Server.BaseUri, "en-US");
        var landed = await SignInAsync(browser, new FakeOidcProvider.Person(admin.TeamsAadObjectId!, admin.Email!, "Admin"), fault);
        Assert.Equal("/signin/failed", landed);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == ".SalesCoach.Web");
        using var me = await browser.GetAsync("api/identity/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var page = await browser.GetAsync("signin/failed");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("Sign-in failed", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithAProviderConfiguredThereIsNoDemoSignIn()
    {
        using var browser = new WebClient(Server.BaseUri);
        using var post = await browser.Http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["persona"] = "admin" }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        using var signIn = await browser.GetAsync("signin");
        Assert.StartsWith(Provider.Issuer + "/authorize?", signIn.Headers.Location!.OriginalString);
    }

    private const string WebChatUserPrefix = WebChatUser.Prefix;

    /// <summary>The browser's round trip: /signin, the provider's authorize, back to /signin-oidc. Returns where the bot then sends it.</summary>
    private async Task<string> SignInAsync(WebClient browser, FakeOidcProvider.Person person, FakeOidcProvider.TokenFault fault = FakeOidcProvider.TokenFault.None)
    {
        // One sign-in at a time: the provider signs in whoever it was last told to.
        await fixture.OneAtATime.WaitAsync();
        try
        {
            Provider.NextPerson = person;
            Provider.NextFault = fault;
            using var start = await browser.GetAsync("signin?returnUrl=%2Fdashboard");
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            using var authorize = await browser.Http.GetAsync(start.Headers.Location);
            Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
            using var callback = await browser.Http.GetAsync(authorize.Headers.Location);
            Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
            return callback.Headers.Location!.OriginalString;
        }
        finally
        {
            fixture.OneAtATime.Release();
        }
    }

    private static async Task<JsonNode> MeAsync(WebClient browser)
    {
        using var me = await browser.GetAsync("api/identity/me");
        var body = await me.Content.ReadAsStringAsync();
        Assert.True(me.StatusCode == HttpStatusCode.OK, $"HTTP {(int)me.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public FakeOidcProvider Provider { get; private set; } = null!;
        public BotServer Server { get; private set; } = null!;
        public OrgSnapshot Org { get; private set; } = null!;
        public SemaphoreSlim OneAtATime { get; } = new(1, 1);

        public async Task InitializeAsync()
        {
            Provider = await FakeOidcProvider.StartAsync();
            var settings = Provider.Settings();
            settings["SalesCoach:DemoData"] = "true";
            Server = await BotServer.StartAsync(settings: settings);
            await Server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
            var organisation = Server.Services.GetRequiredService<SalesOrganisation>();
            await organisation.RefreshAsync();
            Org = await organisation.GetAsync();
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Provider.DisposeAsync();
        }
    }
}
