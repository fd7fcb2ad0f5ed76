using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Dashboard;

namespace SalesCoach.Tests.Dashboard;

/// <summary>
/// The dashboard's JSON on the demo company: each persona's natural scope, figures equal to the KPI engine's for the
/// same metric, scope and period, and the chat's permission rule on every endpoint.
/// </summary>
public sealed class DashboardApiTests(DemoDashboardBot bot) : IClassFixture<DemoDashboardBot>
{
    public static readonly string[] Endpoints = ["summary", "charts", "goals", "risks", "callbacks", "training"];

    [Theory]
    [InlineData(DemoPlan.AdminId, "company")]
    [InlineData("m01", "team:east-1")]
    [InlineData("r01", "rep:r01")]
    public async Task EachPersonaOpensOnTheWidestScopeTheyMaySee(string user, string scope)
    {
        var summary = await bot.GetJsonAsync(user, "api/dashboard/summary");
        Assert.Equal(scope, summary["scope"]!["token"]!.GetValue<string>());
        Assert.Equal(user, summary["viewer"]!["id"]!.GetValue<string>());
        Assert.Equal("month", summary["period"]!["token"]!.GetValue<string>());
        // The picker offers the natural scope first and nothing the viewer may not open.
        var offered = summary["scopes"]!.AsArray().Select(s => s!["token"]!.GetValue<string>()).ToList();
        Assert.Equal(scope, offered[0]);
        foreach (var token in offered)
        {
            using var response = await bot.GetAsync(user, $"api/dashboard/summary?scope={token}&period=last-month");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData(DemoPlan.AdminId, null, "last-month")]
    [InlineData(DemoPlan.AdminId, "region:south", "last-quarter")]
    [InlineData("m01", null, "last-month")]
    [InlineData("m01", "rep:r03", "last-year")]
    [InlineData("r01", null, "last-quarter")]
    public async Task EveryTileIsTheKpiEnginesFigureForTheSameMetricScopeAndPeriod(string user, string? scopeToken, string periodToken)
    {
        var query = $"api/dashboard/summary?period={periodToken}" + (scopeToken is null ? string.Empty : $"&scope={scopeToken}");
        var summary = await bot.GetJsonAsync(user, query);
        var services = bot.Server.Services;
        var engine = services.GetRequiredService<KpiEngine>();
        var clock = services.GetRequiredService<CompanyClock>();
        var org = await services.GetRequiredService<SalesOrganisation>().GetAsync();
        var scope = Scope(summary["scope"]!.AsObject(), org);
        var period = DashboardPeriod.Parse(periodToken, clock.GetUtcNow(), clock.LocalTimeZone)!;
        var previous = period.Previous(clock.LocalTimeZone);

        var tiles = summary["tiles"]!.AsArray();
        Assert.Equal(KpiCatalogue.All.Count - 1, tiles.Count);
        foreach (var tile in tiles)
        {
            var metric = tile!["metric"]!.GetValue<string>();
            Assert.Null(tile["refused"]);
            var (now, before) = metric == KpiCatalogue.GrowthRate
                ? (await engine.GrowthAsync(scope, period.From, period.To, previous.From, previous.To), (KpiFigure?)null)
                : (await engine.MeasureAsync(metric, scope, period.From, period.To), await engine.MeasureAsync(metric, scope, previous.From, previous.To));
            Assert.Equal(now.Value, Decimal(tile["value"]));
            if (before is not null) Assert.Equal(before.Value, Decimal(tile["comparison"]!["value"]));
        }
        // Not a comparison of two empty answers: the demo company sells in every scope and period asked here.
        var revenue = tiles.First(t => t!["metric"]!.GetValue<string>() == KpiCatalogue.Revenue)!;
        Assert.True(Decimal(revenue["value"]) > 0, $"no revenue for {query}");
    }

    [Fact]
    public async Task TheChartsAreTheKpiSkillsTrendRankingAndChannelsForTheScope()
    {
        var charts = await bot.GetJsonAsync("m01", "api/dashboard/charts?metric=order_count&period=last-month");
        var trend = charts["trend"]!["trend"]!.AsArray();
        Assert.Equal(6, trend.Count);
        var engine = bot.Server.Services.GetRequiredService<KpiEngine>();
        var last = trend[^1]!;
        var clock = bot.Server.Services.GetRequiredService<CompanyClock>();
        var lastMonth = DashboardPeriod.Parse("last-month", clock.GetUtcNow(), clock.LocalTimeZone)!;
        var team = KpiScope.Team("east-1", "华东一组");
        Assert.Equal((await engine.MeasureAsync(KpiCatalogue.OrderCount, team, lastMonth.From, lastMonth.To)).Value, Decimal(last["value"]));

        // The manager's ranking is of their own reps, best first, each the engine's figure.
        var rows = charts["ranking"]!["ranking"]!.AsArray();
        var reps = await engine.MeasureEachAsync(KpiCatalogue.OrderCount, KpiScopeKind.Rep, team, lastMonth.From, lastMonth.To);
        Assert.Equal(reps.Count(r => r.Value.Value is not null), rows.Count);
        foreach (var row in rows) Assert.Equal(reps[row!["id"]!.GetValue<string>()].Value, Decimal(row["value"]));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => Decimal(p.First!["value"]) >= Decimal(p.Second!["value"])));

        var channels = charts["channels"]!["channels"]!.AsArray();
        var byChannel = await engine.ChannelsAsync(team, lastMonth.From, lastMonth.To);
        Assert.Equal(byChannel.Sum(c => c.Revenue), channels.Sum(c => Decimal(c!["revenue"])!.Value));

        // A rep's own view has no ranking: it would show colleagues' figures.
        var own = await bot.GetJsonAsync("r01", "api/dashboard/charts?period=last-month");
        Assert.Null(own["ranking"]);
    }

    [Theory]
    [InlineData("r01", "team:east-2", "repOwnOnly")]
    [InlineData("r01", "rep:r07", "repOwnOnly")]
    [InlineData("r01", "rep:r02", "repOwnOnly")]
    [InlineData("r01", "team:east-1", "repOwnOnly")]
    [InlineData("r01", "company", "repOwnOnly")]
    [InlineData("m01", "team:east-2", "managerTeamOnly")]
    [InlineData("m01", "rep:r07", "managerTeamOnly")]
    [InlineData("m01", "region:east", "managerTeamOnly")]
    [InlineData("m01", "company", "managerTeamOnly")]
    public async Task AScopeTheUserMayNotSeeIsRefusedByEveryEndpoint(string user, string scope, string reason)
    {
        foreach (var endpoint in Endpoints)
        {
            using var response = await bot.GetAsync(user, $"api/dashboard/{endpoint}?scope={scope}", "en-US");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {user} for {scope}: {(int)response.StatusCode} {body}");
            var json = JsonNode.Parse(body)!;
            Assert.Equal(reason, json["reasonCode"]!.GetValue<string>());
            Assert.DoesNotContain("\"value\"", body);
            Assert.Matches("[a-z]", json["reason"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task AnonymousCallersGetNoFiguresAndThePageSendsThemToSignIn()
    {
        foreach (var endpoint in Endpoints)
        {
            using var anonymous = await bot.GetAsync(null, $"api/dashboard/{endpoint}?period=last-month");
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.DoesNotContain("\"value\"", await anonymous.Content.ReadAsStringAsync());
        }
        using var page = await bot.GetAsync(null, "dashboard?scope=team:east-1&period=last-month");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin?returnUrl=", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task BadInputIsExplainedInTheReadersLanguage()
    {
        using var zh = await bot.GetAsync(DemoPlan.AdminId, "api/dashboard/summary?period=someday", "zh-CN");
        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        Assert.Contains("看不懂时间段", await zh.Content.ReadAsStringAsync());
        using var en = await bot.GetAsync(DemoPlan.AdminId, "api/dashboard/summary?scope=team:atlantis&locale=en-US", "zh-CN");
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Contains("can't read the scope", await en.Content.ReadAsStringAsync());
        using var metric = await bot.GetAsync(DemoPlan.AdminId, "api/dashboard/charts?metric=happiness", "en-US");
        Assert.Equal(HttpStatusCode.BadRequest, metric.StatusCode);
        Assert.Contains("revenue", await metric.Content.ReadAsStringAsync());
        using var future = await bot.GetAsync(DemoPlan.AdminId, "api/dashboard/summary?period=2099", "en-US");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }

    [Fact]
    public async Task TheSignedInPageIsServedAndItsScriptsAreOurs()
    {
        using var page = await bot.GetAsync("m01", "dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("lib/echarts.min.js", html);
        Assert.Contains("dashboard.js", html);
        Assert.Contains("salescoach-webchat.js", html);
    }

    private static decimal? Decimal(JsonNode? node) => node?.GetValue<decimal>();

    private static KpiScope Scope(JsonObject scope, OrgSnapshot org)
    {
        var id = scope["id"]?.GetValue<string>();
        return scope["kind"]!.GetValue<string>() switch
        {
            "company" => KpiScope.Company,
            "region" => KpiScope.Region(id!, org.Regions[id!].Name),
            "team" => KpiScope.Team(id!, org.Teams[id!].Name),
            _ => KpiScope.Rep(id!, org.Users[id!].Name),
        };
    }
}
