using System.Net;
using SalesCoach.Bot.Hosting;
using SalesCoach.Bot.Identity;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Identity;

public sealed class SignInModeTests
{
    [Theory]
    [InlineData(null, true, true, WebSignInMode.Demo)]
    [InlineData(null, true, false, WebSignInMode.None)]
    [InlineData(null, false, true, WebSignInMode.None)]
    [InlineData(true, true, false, WebSignInMode.Demo)]
    [InlineData(true, false, false, WebSignInMode.None)]
    [InlineData(false, true, true, WebSignInMode.None)]
    public void DemoSignInOnlyWithDemoDataAndInDevelopmentOrWhenAskedFor(bool? demo, bool demoData, bool development, WebSignInMode expected) =>
        Assert.Equal(expected, WebSignInModes.Resolve(new WebSignInOptions { Demo = demo }, demoData, development));

    [Fact]
    public void AConfiguredProviderReplacesDemoSignIn()
    {
        var options = new WebSignInOptions { Demo = true, TenantId = "contoso-tenant", ClientId = "app" };
        Assert.Equal(WebSignInMode.Oidc, WebSignInModes.Resolve(options, demoData: true, isDevelopment: true));
        Assert.Equal("https://login.microsoftonline.com/contoso-tenant/v2.0", options.EffectiveAuthority);
    }

    [Theory]
    [InlineData("contoso", null, null, "ClientId is missing")]
    [InlineData(null, "app", "secret", "neither SalesCoach:WebSignIn:TenantId nor SalesCoach:WebSignIn:Authority")]
    [InlineData("contoso", "app", null, "ClientSecret is missing")]
    public void HalfAProviderConfigurationStopsTheStartWithTheMissingSetting(string? tenant, string? clientId, string? secret, string message)
    {
        var options = new WebSignInOptions { TenantId = tenant, ClientId = clientId, ClientSecret = secret };
        var error = Assert.Throws<BotConfigurationException>(() => WebSignInModes.Validate(options));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void NoProviderAtAllIsNotAConfigurationError() => WebSignInModes.Validate(new WebSignInOptions());

    [Fact]
    public async Task ProductionWithoutAnIdentityProviderOffersNoDemoSignInAndRefusesTheDataPages()
    {
        await using var server = await BotServer.StartAsync(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["SalesCoach:AllowAnonymous"] = "true",
            ["SalesCoach:DemoData"] = "true",
        });
        using var client = new WebClient(server.BaseUri, "en-US");

        using var page = await client.GetAsync("signin");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Web sign-in is not configured", html);
        Assert.DoesNotContain("<button", html);

        using var post = await client.Http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["persona"] = "admin" }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        using var dashboard = await client.GetAsync("dashboard");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        using var api = await client.GetAsync("api/dashboard/summary");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("not configured", await api.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, "/dashboard")]
    [InlineData("", "/dashboard")]
    [InlineData("/", "/")]
    [InlineData("/dashboard#risk", "/dashboard#risk")]
    [InlineData("//evil.example", "/dashboard")]
    [InlineData("/\\evil.example", "/dashboard")]
    [InlineData("/ok\\..\\x", "/dashboard")]
    [InlineData("http://localhost/dashboard", "/dashboard")]
    [InlineData("dashboard", "/dashboard")]
    public void OnlyLocalPathsAreReturnUrls(string? input, string expected) => Assert.Equal(expected, LocalReturnUrl.Safe(input));
}
