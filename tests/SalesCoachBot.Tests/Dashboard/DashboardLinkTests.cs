using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Kpi;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Dashboard;

/// <summary>
/// Chat to dashboard: a KPI, goal or risk card asked in chat carries "在仪表盘中打开" / "Open in dashboard", an
/// Action.OpenUrl whose scope, period and metric the dashboard's JSON answers with the same figure the chat showed.
/// </summary>
public sealed class DashboardLinkTests(DemoDashboardBot bot) : IClassFixture<DemoDashboardBot>
{
    [Theory]
    [InlineData("m01", "zh-CN", "上个月订单量", "team:east-1", "last-month", KpiCatalogue.OrderCount, "在仪表盘中打开")]
    [InlineData(DemoPlan.AdminId, "zh-CN", "去年华东一组的销售额", "team:east-1", "last-year", KpiCatalogue.Revenue, "在仪表盘中打开")]
    [InlineData("r01", "en-US", "my csat last quarter", "rep:r01", "last-quarter", KpiCatalogue.Csat, "Open in dashboard")]
    public async Task AKpiCardOpensTheDashboardOnItsScopePeriodAndMetricWithTheSameFigure(
        string user, string locale, string question, string scope, string relativePeriod, string metric, string title)
    {
        var chat = new ChatTranscript(bot.Server.Client, user, locale);
        await chat.SayAsync(question);
        var (buttonTitle, url) = Assert.Single(OpenUrls(chat));
        Assert.Equal(title, buttonTitle);

        // The link is on this host (no public base URL is configured, and the test host runs in Development).
        Assert.StartsWith(new Uri(bot.Server.BaseUri, "dashboard?").AbsoluteUri, url.AbsoluteUri);
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(scope, query["scope"]);
        Assert.Equal(metric, query["metric"]);
        var clock = bot.Server.Services.GetRequiredService<CompanyClock>();
        var expected = DashboardPeriod.Parse(relativePeriod, clock.GetUtcNow(), clock.LocalTimeZone)!;
        // An absolute token ("2026-11", "2026-Q3", "2025"): the link keeps showing what the answer showed.
        Assert.Equal(expected, DashboardPeriod.Parse(query["period"], clock.GetUtcNow(), clock.LocalTimeZone));
        Assert.DoesNotContain("..", query["period"]);

        var summary = await bot.GetJsonAsync(user, "api/dashboard/summary" + url.Query);
        Assert.Equal(scope, summary["scope"]!["token"]!.GetValue<string>());
        Assert.Equal(query["period"], summary["period"]!["token"]!.GetValue<string>());
        var tile = summary["tiles"]!.AsArray().Single(t => t!["metric"]!.GetValue<string>() == metric)!;
        var org = await bot.Server.Services.GetRequiredService<SalesOrganisation>().GetAsync();
        var figure = await bot.Server.Services.GetRequiredService<KpiEngine>().MeasureAsync(metric, Scope(scope, org), expected.From, expected.To);
        Assert.NotNull(figure.Value);
        Assert.Equal(figure.Value, tile["value"]!.GetValue<decimal>());
        // And that is the figure the chat said.
        var engine = bot.Server.Services.GetRequiredService<KpiEngine>();
        Assert.Contains(KpiFormat.Value(KpiCatalogue.Find(metric)!, figure.Value, engine.Currency, locale), chat.AllText);

        var charts = await bot.GetJsonAsync(user, "api/dashboard/charts" + url.Query);
        Assert.Equal(metric, charts["metric"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGoalCardOpensTheDashboardOnTheOwnersScope()
    {
        var team = new ChatTranscript(bot.Server.Client, "m01");
        await team.SayAsync("团队目标还差多少");
        var (title, url) = Assert.Single(OpenUrls(team));
        Assert.Equal("在仪表盘中打开", title);
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("team:east-1", query["scope"]);
        Assert.Equal(KpiCatalogue.Revenue, query["metric"]);
        var goals = await bot.GetJsonAsync("m01", "api/dashboard/goals" + url.Query);
        Assert.Contains(goals["goals"]!.AsArray(), g => g!["ownerId"]!.GetValue<string>() == "east-1");

        var own = new ChatTranscript(bot.Server.Client, "r01", "en-US");
        await own.SayAsync("how far am I from my goal");
        (title, url) = Assert.Single(OpenUrls(own));
        Assert.Equal("Open in dashboard", title);
        Assert.Equal("rep:r01", HttpUtility.ParseQueryString(url.Query)["scope"]);
        var mine = await bot.GetJsonAsync("r01", "api/dashboard/goals" + url.Query);
        Assert.Equal("r01", Assert.Single(mine["goals"]!.AsArray())!["ownerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRiskResultCardOpensTheDashboardOnTheAssessedScopeWhichShowsThatAssessment()
    {
        // This class's own bot (a class fixture): the check replaces the sample assessment only here.
        var chat = new ChatTranscript(bot.Server.Client, "m01");
        var text = await chat.SayAsync("做个风险检查");
        for (var turn = 0; turn < 12 && OpenUrls(chat).Count == 0; turn++) text = await chat.SayAsync("可能性3 影响3");
        var (title, url) = Assert.Single(OpenUrls(chat));
        Assert.Equal("在仪表盘中打开", title);
        Assert.Equal("team:east-1", HttpUtility.ParseQueryString(url.Query)["scope"]);
        // The dashboard shows this check (every risk rated 3 x 3), not the sample one saved before it (16, 9, 2).
        var latest = await bot.GetJsonAsync("m01", "api/dashboard/risks" + url.Query);
        var register = latest["register"]!.AsArray();
        Assert.True(register.Count >= 5, text);
        Assert.All(register, r => Assert.Equal(9, r!["score"]!.GetValue<int>()));
    }

    /// <summary>Every Action.OpenUrl anywhere in the last replies' cards: its title and URL.</summary>
    private static List<(string Title, Uri Url)> OpenUrls(ChatTranscript chat) =>
        [.. chat.Cards.SelectMany(Actions).Where(a => a["type"]?.GetValue<string>() == "Action.OpenUrl")
            .Select(a => (a["title"]!.GetValue<string>(), new Uri(a["url"]!.GetValue<string>())))];

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } t && t.StartsWith("Action.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    private static KpiScope Scope(string token, OrgSnapshot org) => token.Split(':') switch
    {
        ["team", var id] => KpiScope.Team(id, org.TeamName(id) ?? id),
        ["rep", var id] => KpiScope.Rep(id, org.Users[id].Name),
        _ => KpiScope.Company,
    };
}
