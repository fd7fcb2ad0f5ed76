using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Access;
using SalesCoach.Skills.Goals;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Goals;

/// <summary>
/// Goal transcripts in Chinese through the real host, on the tiny company with a known history (GoalCompany):
/// the SMART check with its numbers, card edits and confirmation, progress, permissions, updates kept as history,
/// and the edge cases: an unknown person, a deadline in the past, a non-numeric target, cancelling halfway.
/// </summary>
public sealed class ChineseGoalTranscriptTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "false" });
        await GoalCompany.WriteAsync(_server.Services);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ChatTranscript As(string user) => new(_server, user, "zh-CN");

    [Fact]
    public async Task AGoalGivenInOneMessageIsCheckedAgainstTheOwnersHistory()
    {
        var rep = As(EastRep);
        var text = await rep.SayAsync("帮我设定目标：下个月销售额达到1000元");
        // Taken at once: no question, straight to the check. 800 last month -> 1,000 needs +25.0%; the best rise was 500 -> 640 = +28.0%.
        Assert.Contains("目标草稿", text);
        Assert.Contains("¥800.00", text);
        Assert.Contains("+25.0%", text);
        Assert.Contains("+28.0%", text);
        Assert.Contains("在历史能力范围内", text);
        Assert.DoesNotContain("挑战目标", text);
        var card = rep.GoalCard()!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal(1000, card["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Input.Number")!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task ATargetRaisedInTheCardIsCheckedAgainAndNamedAStretch()
    {
        var rep = As(EastRep);
        await rep.SayAsync("帮我设定目标：下个月销售额达到1000元");
        var text = await rep.SubmitAsync(rep.Button("重新检查"), new Dictionary<string, string> { ["goalTarget"] = "1200" });
        // 1,200 on 800 needs +50.0%, more than the best +28.0%: a stretch, named and not refused.
        Assert.Contains("+50.0%", text);
        Assert.Contains("挑战目标", text);
        Assert.Contains("¥1,200.00", text);
        text = await rep.SubmitAsync(rep.Button("确认"));
        Assert.Contains("已保存目标", text);
        Assert.Contains("¥1,200.00", text);
    }

    [Fact]
    public async Task ProgressShowsPercentPaceForecastAndWeeklyNeed()
    {
        var rep = As(EastRep);
        await rep.SayAsync("设定目标：本月销售额7001元");
        Assert.Contains("已保存目标", await rep.SayAsync("确认"));
        var text = await rep.SayAsync("我的目标进展");
        // 3,500.50 of 7,001 so far: exactly half.
        Assert.Contains(Money(GoalCompany.ThisMonthRevenue), text);
        Assert.Contains("完成率 50.0%", text);
        Assert.Contains("按时间进度应完成", text);
        Assert.Contains("截止时预计", text);
        Assert.Contains("每周还需", text);
    }

    [Fact]
    public async Task AChangedGoalKeepsItsHistory()
    {
        var rep = As(EastRep);
        await rep.SayAsync("设定目标：下个月销售额1000元");
        await rep.SayAsync("确认");
        var text = await rep.SayAsync("修改目标：下个月销售额改成1100元");
        Assert.Contains("修改已有目标", text);
        text = await rep.SayAsync("确认");
        Assert.Contains("第 2 版", text);
        text = await rep.SayAsync("我的目标修改记录");
        Assert.Contains("第 1 版（设定）：目标 ¥1,000.00", text);
        Assert.Contains("第 2 版（修改）：目标 ¥1,100.00", text);
    }

    [Fact]
    public async Task AManagerSetsTheTeamGoalAndARepGoalUnderItIsLinked()
    {
        var manager = As(EastManager);
        var text = await manager.SayAsync("我们团队下个月销售额目标5000元");
        Assert.Contains("华东一组", text);
        Assert.Contains("团队目标", text);
        await manager.SayAsync("确认");
        var rep = As(EastRep2);
        text = await rep.SayAsync("设定目标：下个月销售额1000元");
        Assert.Contains("服务于团队目标 华东一组", text);
        text = await manager.SayAsync("团队目标");
        Assert.Contains("华东一组 的销售额目标 ¥5,000.00", text);
        await rep.SayAsync("确认");
        // One rep's goals, by name: the team goal is not among them.
        text = await manager.SayAsync("李娜的目标进展");
        Assert.Contains("李娜 的销售额目标 ¥1,000.00", text);
        Assert.DoesNotContain("华东一组 的销售额目标", text);
    }

    [Fact]
    public async Task ADeadlineRunsFromTodayWhileANamedPeriodIsTheWholePeriod()
    {
        var rep = As(EastRep);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone);
        var text = await rep.SayAsync("设定目标：订单量50单，截止下个月");
        Assert.Contains($"期间 {today:yyyy-MM-dd} 至", text);
        await rep.SayAsync("取消");
        text = await rep.SayAsync("设定目标：下个月订单量50单");
        var next = today.AddMonths(1);
        // A whole calendar month is named beside its dates.
        Assert.Contains($"期间 {next.Year}年{next.Month}月 · {next:yyyy-MM}-01 至", text);
    }

    [Theory]
    [InlineData(EastRep, "给李娜设个目标：下个月销售额1000元", "销售代表只能给自己设定目标")]
    [InlineData(EastManager, "给王芳设个目标：下个月销售额1000元", "经理只能为自己的团队")]
    public async Task WhoMaySetGoalsForWhom(string user, string message, string refusal)
    {
        var conversation = As(user);
        var text = await conversation.SayAsync(message);
        Assert.Contains(refusal, text);
        Assert.Null(conversation.GoalCard());
    }

    [Fact]
    public async Task AnUnknownPersonIsAskedAgainAndTheRestIsKept()
    {
        var manager = As(EastManager);
        var text = await manager.SayAsync("给赵六设个目标，下个月订单量50单");
        Assert.Contains("找不到“赵六”", text);
        text = await manager.SayAsync("李娜");
        Assert.Contains("李娜 的订单量，目标 50 单", text);
    }

    [Fact]
    public async Task ADeadlineInThePastIsRefusedAndAskedAgain()
    {
        var rep = As(EastRep);
        var text = await rep.SayAsync("设定目标：销售额2000元，截止上个月");
        Assert.Contains("已经过去了", text);
        Assert.Null(rep.GoalCard());
        text = await rep.SayAsync("下个月");
        Assert.Contains("目标草稿", text);
        Assert.Contains("¥2,000.00", text);
    }

    [Fact]
    public async Task ANonNumericTargetIsAskedAgain()
    {
        var rep = As(EastRep);
        Assert.Contains("目标值是多少", await rep.SayAsync("设个销售额目标"));
        var text = await rep.SayAsync("很多");
        Assert.Contains("“很多”不是一个具体的目标值", text);
        text = await rep.SayAsync("3000元");
        Assert.Contains("截止到什么时候", text);
    }

    [Fact]
    public async Task CancellingHalfwaySavesNothing()
    {
        var rep = As(EastRep);
        await rep.SayAsync("设个销售额目标");
        Assert.Contains("已取消", await rep.SayAsync("取消"));
        Assert.Contains("还没有你能查看的目标", await rep.SayAsync("我的目标进展"));
    }

    [Fact]
    public async Task TheCardsCancelButtonDropsTheDraft()
    {
        var rep = As(EastRep);
        await rep.SayAsync("设定目标：下个月销售额1000元");
        var cancel = rep.Button("取消");
        Assert.Contains("没有保存", await rep.SubmitAsync(cancel));
        Assert.Contains("已经处理过", await rep.SubmitAsync(cancel));
        Assert.Contains("还没有你能查看的目标", await rep.SayAsync("我的目标进展"));
    }

    [Fact]
    public async Task APastDeadlineTypedIntoTheCardIsRefusedAndTheDraftKept()
    {
        var rep = As(EastRep);
        await rep.SayAsync("设定目标：下个月销售额1000元");
        var text = await rep.SubmitAsync(rep.Button("确认"), new Dictionary<string, string> { ["goalDeadline"] = "2020-01-31" });
        Assert.Contains("已经过去了", text);
        Assert.Contains("已保存目标", await rep.SayAsync("确认"));
    }

    [Fact]
    public async Task TheDigestGetsOneLineOfPacePerGoal()
    {
        var rep = As(EastRep);
        await rep.SayAsync("设定目标：本月销售额7001元");
        await rep.SayAsync("确认");
        var viewer = await _server.Services.GetRequiredService<ViewerResolver>().ResolveAsync(EastRep, null, null);
        // One instant for both reads: the pace line names the days left, which must not change between them.
        var now = DateTimeOffset.UtcNow;
        var summaries = await _server.Services.GetRequiredService<GoalProgressService>().PaceSummariesAsync(viewer!, now, CancellationToken.None);
        var summary = Assert.Single(summaries);
        Assert.Equal(50.0m, summary.PercentAchieved);
        Assert.Contains("完成率 50.0%", summary.Summary("zh-CN"));
        Assert.Contains("50.0% achieved", summary.Summary("en-US"));

        // The digest reads the same lines through its goal-pace source.
        var digestLines = await _server.Services.GetRequiredService<SalesCoach.Skills.Reminders.Digest.IGoalPaceSource>()
            .PaceLinesAsync(viewer!, "zh-CN", now, TimeZoneInfo.Utc, CancellationToken.None);
        Assert.Equal([summary.Summary("zh-CN")], digestLines);
    }
}
