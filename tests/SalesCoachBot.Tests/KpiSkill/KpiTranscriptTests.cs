using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.KpiSkill;

/// <summary>
/// KPI questions through the real host (/api/messages, expectReplies) on a tiny company whose figures are
/// known: scope and exact period stated, comparison with the previous period, permissions, follow-ups,
/// the card and its chart.
/// </summary>
public sealed class KpiTranscriptTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        // Outside demo mode: identities come from the sales data only.
        _server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "false" });
        await WriteAsync(_server.Services);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(string Text, JsonArray Replies)> AskAsync(string text, string user, string conversation = "kpi-1", string locale = "zh-CN")
    {
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, Activities.Message(text, locale, conversation, user));
        return (ExpectRepliesClient.ReadableText(replies), replies);
    }

    /// <summary>The KPI card among the replies (the first message of a conversation also brings the welcome card).</summary>
    private static JsonObject? KpiCard(JsonArray replies) => replies
        .Select(r => r?["attachments"] is JsonArray { Count: > 0 } a ? a[0]?["content"] : null).OfType<JsonObject>()
        .SingleOrDefault(c => c["body"]!.AsArray().Any(e => e?["type"]?.GetValue<string>() == "FactSet"));

    [Fact]
    public async Task AnAdminGetsTheCompanyFigureWithScopePeriodAndComparison()
    {
        var (text, replies) = await AskAsync("本月销售额多少", Admin);
        Assert.Contains("全公司", text);
        Assert.Contains(Money(Sum(ThisMonth, EastRep, EastRep2, SouthRep)), text);
        var monthStart = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).ToString("yyyy-MM-01");
        Assert.Contains(monthStart, text);
        Assert.Contains("上一期", text);
        var card = KpiCard(replies)!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains(Money(Sum(ThisMonth, EastRep, EastRep2, SouthRep)), card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task AFollowUpChangesOnlyThePeriod()
    {
        await AskAsync("华东一组本月的销售额", Admin, "kpi-follow");
        var (text, _) = await AskAsync("那上个月呢?", Admin, "kpi-follow");
        Assert.Contains("华东一组", text);
        Assert.Contains(Money(Sum(LastMonth, EastRep, EastRep2)), text);
    }

    [Fact]
    public async Task ARankingComesWithABarChartImage()
    {
        var (text, replies) = await AskAsync("top 3 reps by revenue this month", Admin, "kpi-rank", "en-US");
        // One markdown list: rows on consecutive lines (rows a blank line apart are lists of one, each shown as "1.").
        Assert.Matches(@"(?m)^1\. 王芳[^\n]*\n2\. 张伟[^\n]*\n3\. ", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(lines, l => l.StartsWith("1. ", StringComparison.Ordinal));
        Assert.StartsWith("1. 王芳", lines[first]);
        Assert.StartsWith("2. 张伟", lines[first + 1]);
        var card = KpiCard(replies)!;
        // Fact titles are markdown: each must not read as a one-item list ("1. 王芳" shows as "1." on every row).
        var titles = card["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "FactSet")!["facts"]!.AsArray().Select(f => f!["title"]!.GetValue<string>()).ToList();
        Assert.Contains("#1 王芳", titles);
        Assert.Contains("#2 张伟", titles);
        Assert.DoesNotContain(titles, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d+[.)] "));
        var image = card["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Image");
        var url = image!["url"]!.GetValue<string>();
        Assert.StartsWith("data:image/png;base64,", url);
        var png = Convert.FromBase64String(url["data:image/png;base64,".Length..]);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
    }

    [Fact]
    public async Task FromABrowserInAnotherZoneThePeriodAndItsComparisonAreBothInThatZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var activity = Activities.Message("本月销售额多少", "zh-CN", "kpi-zone", Admin);
        activity["localTimezone"] = zone.Id; // what Web Chat sends from the browser
        var text = ExpectRepliesClient.ReadableText(await ExpectRepliesClient.SendAsync(_server.Client, activity));

        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var monthStart = new DateTime(today.Year, today.Month, 1);
        Assert.Contains($"{monthStart:yyyy-MM-dd} 至 {today:yyyy-MM-dd}", text);
        // Month to date against last month to the same day, both counted in Los Angeles' calendar.
        Assert.Contains($"{monthStart.AddMonths(-1):yyyy-MM-dd} 至", text);
    }

    [Theory]
    [InlineData(EastRep, "我的销售额", true)]
    [InlineData(EastRep, "李娜的销售额", false)]
    [InlineData(EastRep, "华东一组的销售额", false)]
    [InlineData(EastManager, "我们团队的销售额", true)]
    [InlineData(EastManager, "李娜的销售额", true)]
    [InlineData(EastManager, "王芳的销售额", false)]
    [InlineData(EastManager, "华南一组的销售额", false)]
    [InlineData(EastManager, "全公司的销售额", false)]
    [InlineData(Admin, "华南一组的销售额", true)]
    public async Task WhatEachRoleMaySee(string user, string question, bool allowed)
    {
        var (text, replies) = await AskAsync(question, user, "perm-" + user + question.Length);
        if (allowed)
        {
            Assert.Contains("¥", text);
            Assert.DoesNotContain("不能给你看", text);
        }
        else
        {
            Assert.Contains("不能给你看", text);
            // A refusal shows nothing: no figure, no card.
            Assert.DoesNotContain("¥", text);
            Assert.Null(KpiCard(replies));
        }
    }

    [Fact]
    public async Task ATeamsUserIsKnownByTheirEntraObjectId()
    {
        var activity = Activities.Message("我们团队本月的销售额", "zh-CN", "kpi-aad", "29:teams-user");
        activity["from"]!["aadObjectId"] = "aad-m1";
        var text = ExpectRepliesClient.ReadableText(await ExpectRepliesClient.SendAsync(_server.Client, activity));
        Assert.Contains("华东一组", text);
        Assert.Contains(Money(Sum(ThisMonth, EastRep, EastRep2)), text);
    }

    [Fact]
    public async Task AnUnknownUserOutsideDemoModeIsToldWhyAndSeesNothing()
    {
        var (text, _) = await AskAsync("本月销售额多少", "stranger");
        Assert.Contains("找不到你的账号", text);
        Assert.DoesNotContain("¥", text);
    }

    [Fact]
    public async Task AKpiDefinitionComesFromTheCatalogue()
    {
        var (text, _) = await AskAsync("什么是客户响应时间?", Admin, "kpi-def");
        Assert.Contains("首次响应", text);
        var (en, _) = await AskAsync("how is conversion rate calculated?", Admin, "kpi-def-en", "en-US");
        Assert.Contains("won / (won + lost)", en);
    }

    [Fact]
    public async Task AGrowthTrendComparesEachMonthWithTheOneBeforeIt()
    {
        var (text, _) = await AskAsync("销售增长率趋势", Admin, "kpi-growth-trend");
        var thisMonth = Sum(ThisMonth, EastRep, EastRep2, SouthRep);
        var lastMonth = Sum(LastMonth, EastRep, EastRep2, SouthRep);
        var growth = Math.Round((thisMonth - lastMonth) / lastMonth * 100m, 1).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        var month = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).ToString("yyyy-MM");
        Assert.Contains($"- {month}: {growth}%", text);
    }

    [Fact]
    public async Task AComparisonOfTwoScopesStatesBothAndTheDifference()
    {
        var (text, _) = await AskAsync("华东区本月销售额比华南高多少", Admin, "kpi-vs");
        var east = Sum(ThisMonth, EastRep, EastRep2);
        var south = Sum(ThisMonth, SouthRep);
        Assert.Contains(Money(east), text);
        Assert.Contains(Money(south), text);
        Assert.Contains(Money(Math.Abs(east - south)), text);
    }
}
