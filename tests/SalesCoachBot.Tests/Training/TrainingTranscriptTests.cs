using System.Text.Json.Nodes;
using System.Globalization;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.Training.TrainingCompany;

namespace SalesCoach.Tests.Training;

/// <summary>
/// Training suggestions through the real host (/api/messages, expectReplies, SQLite) on TrainingCompany, in Chinese
/// and English: the evidence and plan for a rep, the ranked view for a manager, accept / decline / list, the card
/// buttons, and the edge cases (an unknown person, a person the asker may not see, cancelling, a declined plan).
/// </summary>
public sealed class TrainingTranscriptTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        // Outside demo mode: identities come from the sales data only.
        _server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "false" });
        await WriteAsync(_server.Services);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ChatTranscript Chat(string user, string locale = "zh-CN") => new(_server, user, locale);

    [Fact]
    public async Task AManagerGetsARepsEvidenceAndAPlanWithTrainerDatesAndPlaybookSection()
    {
        var chat = Chat(EastManager);
        var text = await chat.SayAsync("张伟需要什么培训");
        Assert.Contains("**张伟** 的培训建议（近90天", text);
        Assert.Contains("转化率 10.0% vs 团队中位数 25.0%，近90天（样本 10）", text);
        Assert.Contains("差距 60.0%", text);
        // Revenue: at the median, below the target of the complete months.
        // Sums as people say them (KpiFormatTests pins the format): ¥1.8万, not ¥18,000.00.
        Assert.Contains($"目标 {Money(MonthlyTarget * CompleteMonths(DateTimeOffset.UtcNow).Count)}，整月实际 {Money(Revenue)}", text);
        Assert.Contains("实战演练", text);
        Assert.Contains("李娜（团队中转化率最好：40.0%）", text);   // the manager may see 李娜's figure
        Assert.Contains("#internal-training", text);
        Assert.Contains("一对一辅导", text);
        Assert.Contains("东经理", text);                              // coaching is the manager's
        Assert.DoesNotContain("客户响应时间", text);                   // 张伟 is the fastest: no gap there
        var first = NextWorkingDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime).AddDays(7));
        Assert.Contains(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text);

        var card = chat.Card!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["接受计划", "不采纳"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a!["type"]!.GetValue<string>()));
        Assert.Equal($"接受培训计划 {chat.PlanNumber}", actions[0]!["data"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCardsTogglesChooseWhichSessionsAreAccepted()
    {
        var chat = Chat(EastManager);
        await chat.SayAsync("张伟需要什么培训");
        var id = chat.PlanNumber;
        var card = chat.Card!;
        var toggles = card["body"]!.AsArray().SelectMany(e => e?["items"] as JsonArray ?? [])
            .Where(e => e?["type"]?.GetValue<string>() == "Input.Toggle").Select(e => e!["id"]!.GetValue<string>()).ToList();
        Assert.True(toggles.Count >= 2, string.Join(",", toggles));
        var accept = card["actions"]!.AsArray()[0]!.AsObject();
        Assert.Null(accept["data"]!["msteams"]);   // a plain submit: Teams merges the toggles into its data

        // Everything unticked: nothing is decided, the plan stays open.
        var text = await chat.TapAsync(accept, toggles.ToDictionary(t => t, _ => "false"));
        Assert.Contains($"培训计划 #{id} 未作改动", text);

        // Only the second session kept.
        text = await chat.TapAsync(accept, toggles.ToDictionary(t => t, t => t == "trainingItem2" ? "true" : "false"));
        Assert.Contains($"已接受培训计划 #{id}", text);
        Assert.Contains("2. ", text);
        Assert.DoesNotContain("1. 转化率", text);
    }

    [Fact]
    public async Task AcceptingByTheCardButtonRecordsThePlanAndItIsListed()
    {
        var chat = Chat(EastManager);
        await chat.SayAsync("张伟需要什么培训");
        var id = chat.PlanNumber;
        var accept = chat.Card!["actions"]!.AsArray()[0]!.AsObject();
        var text = await chat.TapAsync(accept);
        Assert.Contains($"已接受培训计划 #{id}（张伟）", text);
        Assert.Contains("1. 转化率 · 实战演练", text);

        text = await chat.SayAsync("培训计划列表");
        Assert.Contains($"#{id} 张伟（由 东经理 接受）", text);

        // The rep sees their own accepted plan; a manager of another team does not.
        Assert.Contains($"#{id} 张伟", await Chat(ZhangWei).SayAsync("我的培训计划"));
        Assert.DoesNotContain($"#{id} ", await Chat(SouthManager).SayAsync("培训计划列表"));

        // A second tap on the old card does not flip the decision.
        text = await chat.SayAsync($"拒绝培训计划 {id}");
        Assert.Contains($"培训计划 #{id} 已经被接受", text);
    }

    [Fact]
    public async Task ADeclinedPlanIsRecordedAndCannotBeAcceptedLater()
    {
        var chat = Chat(EastManager);
        await chat.SayAsync("赵强需要什么培训");
        Assert.Contains("客户响应时间 10.0 小时 vs 团队中位数 2.3 小时", chat.Text);
        var id = chat.PlanNumber;
        Assert.Contains($"不采纳", await chat.SayAsync($"拒绝培训计划 {id}"));
        Assert.Contains($"培训计划 #{id} 已经被拒绝", await chat.SayAsync($"接受培训计划 {id}"));
        Assert.DoesNotContain($"#{id} ", await chat.SayAsync("培训计划列表"));
    }

    [Fact]
    public async Task ARepAsksAboutThemselvesAndIsNotShownAColleaguesFigure()
    {
        var text = await Chat(ZhangWei).SayAsync("我该提升什么");
        Assert.Contains("**张伟** 的培训建议", text);
        Assert.Contains("转化率 10.0% vs 团队中位数 25.0%", text);
        Assert.Contains("李娜", text);           // who can teach them
        Assert.DoesNotContain("40.0%", text);     // but not her figure
    }

    [Theory]
    [InlineData(ZhangWei, "李娜需要什么培训", "销售代表只能查看自己的数据")]
    [InlineData(ZhangWei, "团队谁需要培训", "销售代表只能查看自己的数据")]
    [InlineData(SouthManager, "张伟需要什么培训", "经理只能查看本团队")]
    [InlineData(EastManager, "华南一组的培训建议", "经理只能查看本团队")]
    [InlineData("stranger", "我该提升什么", "找不到你的账号")]
    public async Task APersonTheAskerMayNotSeeIsRefusedWithTheReason(string user, string question, string reason)
    {
        var chat = Chat(user);
        var text = await chat.SayAsync(question);
        Assert.Contains("这个培训建议不能给你看", text);
        Assert.Contains(reason, text);
        Assert.DoesNotContain("%", text);
        Assert.Null(chat.Card);
    }

    [Fact]
    public async Task AManagerAskingAboutThemselvesIsPointedToTheirTeam()
    {
        var chat = Chat(EastManager);
        var text = await chat.SayAsync("我该提升什么");
        Assert.Contains("你不是销售代表", text);
        Assert.Null(chat.Card);
        Assert.Contains("**华东一组** 谁需要培训", await chat.SayAsync("我的团队需要什么培训"));
    }

    [Fact]
    public async Task AManagerGetsTheTeamRankedByGapSeverity()
    {
        var chat = Chat(EastManager);
        var text = await chat.SayAsync("团队谁需要培训");
        Assert.Contains("**华东一组** 谁需要培训", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(lines, l => l.StartsWith("1. ", StringComparison.Ordinal));
        Assert.StartsWith("1. **赵强**: 客户响应时间 10.0 小时（差 344.4%）", lines[first]);
        Assert.StartsWith("2. **张伟**: 转化率 10.0%（差 60.0%）", lines[first + 1]);
        Assert.StartsWith("3. **孙丽**: 转化率 20.0%（差 20.0%）", lines[first + 2]);
        Assert.Contains("暂无明显差距：李娜", text);
        // The team plan groups the conversion session for both reps who need it.
        Assert.Contains("参加：张伟、孙丽", text);
        var facts = chat.Card!["body"]!.AsArray().First(b => b!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Equal(["赵强", "张伟", "孙丽"], facts.Select(f => f!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ATeamNamedByAnAdminAndASubjectAskedForWhenMissing()
    {
        var chat = Chat(Admin);
        Assert.Contains("**华东一组** 谁需要培训", await chat.SayAsync("华东一组的培训建议"));

        var text = await chat.SayAsync("给点培训建议");
        Assert.Contains("要看谁的培训建议", text);
        Assert.Contains("**张伟** 的培训建议", await chat.SayAsync("张伟"));
    }

    [Fact]
    public async Task ATeamBehindTheOtherTeamsGetsATeamSessionFromTheBestTeamsManager()
    {
        var chat = Chat(Admin);
        var text = await chat.SayAsync("华北一组的培训建议");
        Assert.Contains("团队层面（与各团队中位数相比）", text);
        Assert.Contains("华北一组：客户响应时间 20.0 小时 vs 各团队中位数 4.1 小时（3 个团队），近90天", text);
        // 周敏 is alone in the team: no median within it, so no rep-level gap.
        Assert.Contains("团队内部没有人明显落后", text);
        Assert.Contains("客户响应时间 · 内部讲师授课", text);
        Assert.Contains("讲师/负责人：南经理；参加：周敏", text);
        Assert.NotNull(chat.Card);
    }

    [Fact]
    public async Task AnUnknownPersonIsAskedAgainAndCancellingLeavesNothingBehind()
    {
        var chat = Chat(EastManager);
        var text = await chat.SayAsync("李雷需要什么培训");
        Assert.Contains("找不到“李雷”", text);
        // A confident request for something else while the question is open is that request, not "我" as the answer.
        text = await chat.SayAsync("明天上午10点提醒我回访华信科技");
        Assert.Contains("提醒", text);
        Assert.DoesNotContain("没有可比的同伴", text);
        Assert.Contains("已取消", await chat.SayAsync("取消"));
        // Nothing pending: a name alone now is not taken as the answer to the old question.
        Assert.DoesNotContain("培训建议", await chat.SayAsync("你好"));
    }

    [Fact]
    public async Task DecidingAPlanThatDoesNotExistOrIsNotYoursSaysSo()
    {
        var chat = Chat(EastManager);
        await chat.SayAsync("张伟需要什么培训");
        var id = chat.PlanNumber;
        Assert.Contains($"找不到编号 #{id}", await Chat(SouthManager).SayAsync($"接受培训计划 {id}"));
        Assert.Contains("找不到编号 #999999", await chat.SayAsync("接受培训计划 999999"));
        Assert.Contains($"只有 2 项", await chat.SayAsync($"接受培训计划 {id} 第5项"));
        // Still undecided after the refusals: accepting item 2 alone works.
        var text = await chat.SayAsync($"接受培训计划 {id} 第2项");
        Assert.Contains("2. 销售额 · 一对一辅导", text);
        Assert.DoesNotContain("1. 转化率", text);
    }

    [Fact]
    public async Task InEnglishARepByIdGetsTheEvidenceAndThePlanCanBeAcceptedInPart()
    {
        var chat = Chat(EastManager, "en-US");
        var text = await chat.SayAsync("what training does r1 need");
        Assert.Contains("Training suggestions for **张伟** (last 90 days", text);
        Assert.Contains("Conversion rate 10.0% vs team median 25.0%, last 90 days (sample 10)", text);
        Assert.Contains("role play", text);
        Assert.Contains("#internal-training", text);
        var actions = chat.Card!["actions"]!.AsArray();
        Assert.Equal(["Accept plan", "Decline"], actions.Select(a => a!["title"]!.GetValue<string>()));
        var id = chat.PlanNumber;
        text = await chat.SayAsync($"accept training plan {id} items 1");
        Assert.Contains($"Training plan #{id} (张伟) accepted", text);
        Assert.Contains("1. Conversion rate · role play", text);
        Assert.DoesNotContain("Revenue", text);
        Assert.Contains($"#{id} 张伟 (accepted by 东经理)", await chat.SayAsync("list training plans"));
    }

    [Fact]
    public async Task InEnglishAManagerAsksWhoNeedsCoachingAndDeclines()
    {
        var chat = Chat(EastManager, "en-US");
        var text = await chat.SayAsync("who needs coaching on my team");
        Assert.Contains("Who in **华东一组** needs training", text);
        Assert.Contains("1. **赵强**: Customer response time 10.0 h (gap 344.4%)", text);
        Assert.Contains("No clear gaps: 李娜", text);
        var decline = chat.Card!["actions"]!.AsArray()[1]!.AsObject();
        Assert.Contains("declined and recorded", await chat.TapAsync(decline));
    }

    [Fact]
    public async Task InEnglishAnUnknownPersonAndCancelling()
    {
        var chat = Chat(EastManager, "en-US");
        Assert.Contains("can't find \"Zhang Wei\"", await chat.SayAsync("what training does Zhang Wei need"));
        Assert.Contains("cancelled", await chat.SayAsync("cancel"));
        Assert.Contains("Sorry, I can't show you these training suggestions", await Chat(SouthManager, "en-US").SayAsync("what training does r1 need"));
    }

    private static DateOnly NextWorkingDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static string Money(decimal value) => SalesCoach.Skills.Kpi.KpiFormat.Money(value, "CNY", "zh-CN");
}
