using System.Net;
using System.Text.Json.Nodes;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Identity;

public sealed class DemoSignInTests(SeededWebServer web) : IClassFixture<SeededWebServer>
{
    [Fact]
    public async Task AnonymousDashboardPageIsRedirectedToSignIn()
    {
        using var client = new WebClient(web.Server.BaseUri);
        using var response = await client.GetAsync("dashboard?period=month");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fdashboard%3Fperiod%3Dmonth", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("api/dashboard/summary")]
    [InlineData("api/dashboard/anything/else")]
    [InlineData("api/identity/me")]
    public async Task AnonymousJsonCallersGet401ProblemNotARedirect(string path)
    {
        using var client = new WebClient(web.Server.BaseUri, "en-US");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(401, problem["status"]!.GetValue<int>());
        Assert.Contains("Sign in", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("zh-CN", null, "管理员", "经理", "销售", "演示")]
    [InlineData("en-US", null, "Admin", "Manager", "Rep", "Demo sign-in")]
    [InlineData("zh-CN", "en", "Admin", "Manager", "Rep", "Demo sign-in")]
    public async Task TheSignInPageOffersOneButtonPerPersonaFromTheData(string acceptLanguage, string? lang, string admin, string manager, string rep, string demoMark)
    {
        using var client = new WebClient(web.Server.BaseUri, acceptLanguage);
        using var response = await client.GetAsync(lang is null ? "signin" : $"signin?lang={lang}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(demoMark, html);
        foreach (var (role, label) in new[] { (SalesRole.Admin, admin), (SalesRole.Manager, manager), (SalesRole.Rep, rep) })
        {
            var user = web.Personas.For(role)!;
            Assert.Equal(role, user.Role);
            Assert.Contains($"value=\"{role.ToString().ToLowerInvariant()}\" data-user-id=\"{user.Id}\"><span class=\"role\">{label}</span> <span class=\"name\">{user.Name}</span>", html);
        }
    }

    [Theory]
    [InlineData("admin", SalesRole.Admin)]
    [InlineData("manager", SalesRole.Manager)]
    [InlineData("rep", SalesRole.Rep)]
    public async Task EachPersonaSignsInAndTheSignedInEndpointSeesTheirSalesUserId(string persona, SalesRole role)
    {
        var expected = web.Personas.For(role)!;
        using var client = new WebClient(web.Server.BaseUri);
        using var signIn = await client.SignInAsDemoAsync(persona);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/dashboard", signIn.Headers.Location!.OriginalString);

        using var me = await client.GetAsync("api/identity/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var json = JsonNode.Parse(await me.Content.ReadAsStringAsync())!;
        Assert.Equal(expected.Id, json["userId"]!.GetValue<string>());
        Assert.Equal(expected.Name, json["name"]!.GetValue<string>());
        Assert.Equal(role.ToString(), json["role"]!.GetValue<string>());
        Assert.Equal("demo", json["source"]!.GetValue<string>());

        // The gate lets the signed-in person through (whatever is mapped there answers, not a sign-in redirect or 401).
        using var page = await client.GetAsync("dashboard");
        Assert.NotEqual(HttpStatusCode.Redirect, page.StatusCode);
        using var api = await client.GetAsync("api/dashboard/summary");
        Assert.NotEqual(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/dashboard")]
    [InlineData("//evil.example/path", "/dashboard")]
    [InlineData("/\\evil.example", "/dashboard")]
    [InlineData("/\t/evil.example", "/dashboard")]
    [InlineData("javascript:alert(1)", "/dashboard")]
    [InlineData("/dashboard?scope=team&period=quarter", "/dashboard?scope=team&period=quarter")]
    public async Task OnlyALocalReturnUrlIsFollowedAfterSignIn(string returnUrl, string expected)
    {
        using var client = new WebClient(web.Server.BaseUri);
        using var signIn = await client.SignInAsDemoAsync("rep", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(expected, signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ASignInPostWithoutTheAntiforgeryTokenIsRefusedAndSignsNobodyIn()
    {
        using var client = new WebClient(web.Server.BaseUri, "en-US");
        using var response = await client.Http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string> { ["persona"] = "admin" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reload the page", await response.Content.ReadAsStringAsync());
        using var me = await client.GetAsync("api/identity/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Theory]
    [InlineData("u_admin_001")]
    [InlineData("2")]
    [InlineData("")]
    public async Task APersonaOtherThanTheThreeRolesIsRefused(string persona)
    {
        using var client = new WebClient(web.Server.BaseUri, "en-US");
        using var response = await client.SignInAsDemoAsync(persona);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no such demo person", await response.Content.ReadAsStringAsync());
        using var me = await client.GetAsync("api/identity/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var client = new WebClient(web.Server.BaseUri);
        using var signIn = await client.SignInAsDemoAsync("manager");
        using (var me = await client.GetAsync("api/identity/me")) Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var signOut = await client.GetAsync("signout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using (var me = await client.GetAsync("api/identity/me")) Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var page = await client.GetAsync("dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }
}
