using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Bot.Hosting;
using SalesCoach.Bot.Manifest;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Tests.Dashboard;
using SalesCoach.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>
/// The dashboard in Debian's Chromium, signed in through the demo sign-in page as each persona: real figures that
/// equal the `kpi` command's JSON for the same metric, scope and period; a rep refused another team; and the
/// docs/screenshots/dashboard-*.png pictures (Chinese and English, laptop and phone).
/// </summary>
public sealed partial class DashboardBrowserTests(ITestOutputHelper output)
{
    private static readonly (string File, int Width, int Height)[] Screenshots =
        [("dashboard-zh-laptop.png", 1366, 768), ("dashboard-zh-phone.png", 390, 844), ("dashboard-en-laptop.png", 1366, 768), ("dashboard-en-phone.png", 390, 844)];

    [GeneratedRegex(@"\{.*\}", RegexOptions.Singleline)]
    private static partial Regex JsonObjectText();

    [BrowserFact]
    public async Task EachPersonaSeesTheirScopeWithTheKpiCommandsFiguresAndTheDocsPicturesAreTaken()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" });
        await server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
        await DashboardSampleRecords.AddAsync(server.Services);
        var organisation = server.Services.GetRequiredService<SalesOrganisation>();
        await organisation.RefreshAsync();
        var org = await organisation.GetAsync();
        var personas = DemoPersonas.From(org);
        var folder = RepositoryPaths.InRepository("docs", "screenshots");
        var started = DateTime.UtcNow.AddSeconds(-1);

        var result = await NodeScript.RunAsync(output, "dashboard.mjs", server.BaseUri, folder, TimeSpan.FromMinutes(6));

        Assert.True(result.ExitCode == 0 && result.Facts["ok"]!.GetValue<bool>(), result.Describe());
        var facts = result.Facts;
        Assert.Empty(facts["pageErrors"]!.AsArray());
        var expectedScopes = new Dictionary<string, string>
        {
            ["admin"] = "company",
            ["manager"] = "team:" + personas.Manager!.TeamId,
            ["rep"] = "rep:" + personas.Rep!.Id,
        };
        foreach (var (role, scope) in expectedScopes)
        {
            var seen = facts["personas"]![role]!;
            Assert.Equal("true", seen["loaded"]!.GetValue<string>());
            Assert.Equal(scope, seen["scope"]!.GetValue<string>());
            Assert.True(seen["echarts"]!.GetValue<bool>(), "echarts is not loaded on the page");
            Assert.True(seen["canvases"]!.GetValue<int>() >= 3, $"{role}: {seen["canvases"]} charts drawn");
            var user = role == "admin" ? personas.Admin! : role == "manager" ? personas.Manager! : personas.Rep!;
            Assert.Contains(user.Name, seen["who"]!.GetValue<string>());

            // Each tile shown equals what the kpi command answers that person for the same metric and period (the
            // scope is the natural one in both), run as its own process on the same data.
            var tiles = seen["tiles"]!.AsArray();
            foreach (var (question, metric) in new[] { ("上个月销售额", "revenue"), ("上个月订单量", "order_count"), ("上个月客户满意度", "csat") })
            {
                var kpi = await KpiCommandAsync(server.DataDirectory, question, user.Id);
                Assert.Equal(scope, kpi["scope"]!["kind"]!.GetValue<string>() == "company" ? "company" : $"{kpi["scope"]!["kind"]}:{kpi["scope"]!["id"]}");
                var tile = tiles.Single(t => t!["metric"]!.GetValue<string>() == metric)!;
                Assert.Equal(kpi["value"]!.GetValue<decimal>(), tile["value"]!.GetValue<decimal>());
                if (metric == "revenue") Assert.True(tile["value"]!.GetValue<decimal>() > 0, $"{role}: no revenue last month, nothing was compared");
            }
        }

        var rep = facts["personas"]!["rep"]!;
        Assert.Equal(403, rep["otherTeamStatus"]!.GetValue<int>());
        Assert.Equal(403, rep["otherPersonStatus"]!.GetValue<int>());
        Assert.Equal("error", rep["otherTeamLoaded"]!.GetValue<string>());
        Assert.Equal(0, rep["otherTeamTiles"]!.GetValue<int>());
        Assert.Contains("销售代表只能查看自己的数据", rep["otherTeamText"]!.GetValue<string>());
        Assert.Equal(["rep:" + personas.Rep!.Id], rep["scopeOptions"]!.AsArray().Select(o => o!.GetValue<string>()));

        foreach (var (locale, word) in new[] { ("zh-CN", "销售额"), ("en-US", "Revenue") })
        {
            var laptop = facts[$"{locale}-laptop"]!;
            Assert.Equal(locale, laptop["lang"]!.GetValue<string>());
            Assert.Contains(laptop["tiles"]!.AsArray(), t => t!["name"]!.GetValue<string>().StartsWith(word, StringComparison.Ordinal));
            Assert.True(laptop["chatBeside"]!.GetValue<bool>(), "the chat is not beside the dashboard on a laptop");
            Assert.Contains(org.Users["r01"].Name, laptop["goals"]!.GetValue<string>());
            Assert.Contains("16", laptop["risks"]!.GetValue<string>());
            Assert.Contains("华信科技", laptop["callbacks"]!.GetValue<string>());
            Assert.Contains(org.Users["r03"].Name, laptop["training"]!.GetValue<string>());
            Assert.False(facts[$"{locale}-phone"]!["horizontalOverflow"]!.GetValue<bool>(), $"the {locale} page scrolls sideways on a phone");
        }
        // The chat beside the dashboard is the signed-in manager's: asked a figure, it answers for their team, and its
        // card's "open in dashboard" lands on the same scope, period and metric, showing the kpi command's figure.
        var manager = personas.Manager!;
        var team = org.Teams[manager.TeamId!].Name;
        var orders = await KpiCommandAsync(server.DataDirectory, "上个月订单量", manager.Id);
        var clock = server.Services.GetRequiredService<CompanyClock>();
        var lastMonth = DashboardPeriod.Parse("last-month", clock.GetUtcNow(), clock.LocalTimeZone);
        foreach (var locale in new[] { "zh-CN", "en-US" })
        {
            Assert.Contains(team, facts[$"{locale}-laptop"]!["chatAnswer"]!.GetValue<string>());
            var link = facts[$"{locale}-link"]!;
            Assert.Equal("true", link["loaded"]!.GetValue<string>());
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(link["href"]!.GetValue<string>()).Query);
            Assert.Equal("team:" + manager.TeamId, query["scope"]);
            Assert.Equal("team:" + manager.TeamId, link["scope"]!.GetValue<string>());
            Assert.Equal(query["period"], link["period"]!.GetValue<string>());
            Assert.Equal(lastMonth, DashboardPeriod.Parse(query["period"], clock.GetUtcNow(), clock.LocalTimeZone));
            Assert.Equal(["order_count"], link["selected"]!.AsArray().Select(m => m!.GetValue<string>()));
            var tile = link["tiles"]!.AsArray().Single(t => t!["metric"]!.GetValue<string>() == "order_count")!;
            Assert.Equal(orders["value"]!.GetValue<decimal>(), tile["value"]!.GetValue<decimal>());
        }

        foreach (var (file, width, height) in Screenshots)
        {
            var path = Path.Combine(folder, file);
            Assert.True(File.Exists(path) && File.GetLastWriteTimeUtc(path) >= started, $"{file} was not written by this run");
            Assert.Equal(new PngSize(width, height), PngSize.TryRead(await File.ReadAllBytesAsync(path)));
        }
    }

    /// <summary>`kpi "QUESTION" --user ID --json`, the admin command, on the test bot's data directory.</summary>
    private static async Task<JsonNode> KpiCommandAsync(string dataDirectory, string question, string userId)
    {
        var (exitCode, text) = await BotProcess.RunToExitAsync(new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Development" },
            "kpi", question, "--user", userId, "--json", $"--SalesCoach:DataDirectory={dataDirectory}");
        Assert.True(exitCode == 0, $"kpi \"{question}\" --user {userId}: exit {exitCode}\n{text}");
        return JsonNode.Parse(JsonObjectText().Match(text).Value)!;
    }
}
