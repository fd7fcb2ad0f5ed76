using System.Net;
using SalesCoach.Bot.TeamsTab;
using SalesCoach.Data.Demo;
using SalesCoach.Tests.Dashboard;

namespace SalesCoach.Tests.TeamsTab;

/// <summary>
/// The pages Teams frames on the demo company: the dashboard and the team tab's configuration page may be framed by
/// Teams and Microsoft 365 (and by no one else), every other page keeps its rules, and the configuration page offers
/// the signed-in person's own scopes in their language.
/// </summary>
public sealed class TeamsTabPagesTests(DemoDashboardBot bot) : IClassFixture<DemoDashboardBot>
{
    private const string ConfigPath = "dashboard/teams/config";

    [Theory]
    [InlineData("dashboard")]
    [InlineData("dashboard?locale=en-us&host=teams&scope=team:east-1")]
    [InlineData(ConfigPath + "?locale=zh-cn")]
    public async Task TabPagesMayBeFramedByTeamsAndMicrosoft365Only(string path)
    {
        using var response = await bot.GetAsync("m01", path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("frame-ancestors 'self' ", policy);
        foreach (var host in new[] { "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft", "https://*.office.com", "https://outlook.office.com" })
            Assert.Contains($" {host}", policy);
        Assert.DoesNotContain("*;", policy);
        Assert.DoesNotContain(" * ", policy + " ");
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInAndTheRedirectIsNotFramableElsewhere()
    {
        using var response = await bot.GetAsync(null, ConfigPath + "?locale=en-us");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin?returnUrl=", response.Headers.Location!.OriginalString);
        Assert.Contains("dashboard%2Fteams%2Fconfig", response.Headers.Location!.OriginalString);
        Assert.StartsWith("frame-ancestors 'self' ", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(null, "signin")]
    [InlineData("m01", "api/dashboard/summary")]
    [InlineData("m01", "dashboard.js")]
    [InlineData("m01", "dashboard.html")]
    [InlineData("m01", "api/identity/me")]
    public async Task OtherPagesAreNotOpenedToTeams(string? user, string path)
    {
        using var response = await bot.GetAsync(user, path);

        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        // The web chat and the sign-in pages send no framing header today; the tab policy must not appear there.
        Assert.False(response.Headers.Contains("Content-Security-Policy"), $"{path} has a Content-Security-Policy");
        Assert.DoesNotContain("teams.microsoft.com", response.Headers.ToString());
    }

    [Theory]
    [InlineData("zh-cn", "zh-CN", "把销售仪表盘添加到此团队", "每人看自己的视图", "跟随每个人的 Teams 语言")]
    [InlineData("en-us", "en-US", "Add the sales dashboard to this team", "Each person&#x27;s own view", "Follow each person&#x27;s Teams language")]
    public async Task ConfigurationPageRendersInTheTeamsLanguage(string teamsLocale, string lang, string heading, string ownView, string followTeams)
    {
        using var response = await bot.GetAsync("m01", $"{ConfigPath}?locale={teamsLocale}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains(ownView, html);
        Assert.Contains($"<option value=\"{TeamsTabConfigPage.TeamsLocalePlaceholder}\">{followTeams}</option>", html);
        Assert.Contains("src=\"/teams-tab-config.js\"", html);
    }

    [Fact]
    public async Task ConfigurationPageFollowsTheBrowserWhenTeamsSaysNothing()
    {
        using var response = await bot.GetAsync("m01", ConfigPath, language: "en-US");

        Assert.Contains("<h1>Add the sales dashboard to this team</h1>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("m01", new[] { "team:east-1", "rep:r01" }, new[] { "company", "team:east-2", "region:east" })]
    [InlineData("r01", new[] { "rep:r01" }, new[] { "team:east-1", "rep:r02", "company" })]
    [InlineData(DemoPlan.AdminId, new[] { "company", "region:east", "team:east-1", "rep:r01" }, new string[0])]
    public async Task ConfigurationPageOffersOnlyTheScopesTheOwnerMaySee(string user, string[] offered, string[] hidden)
    {
        using var response = await bot.GetAsync(user, $"{ConfigPath}?locale=en-us");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<option value=\"\">", html);
        foreach (var token in offered) Assert.Contains($"<option value=\"{token}\"", html);
        foreach (var token in hidden) Assert.DoesNotContain($"<option value=\"{token}\"", html);
    }
}
