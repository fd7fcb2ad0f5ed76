namespace SalesCoach.Tests.Dialogs;

/// <summary>Whole conversations in Chinese, written as transcripts: the user says, the bot must.</summary>
public sealed class ChineseTranscriptTests
{
    private readonly TestSkills _skills = new();
    private readonly Transcript _t;

    public ChineseTranscriptTests() => _t = new Transcript(TestUtterances.Recognizer(), _skills, "zh-CN");

    [Fact]
    public async Task AllSlotsInOneMessageCompleteTheGoalAtOnce()
    {
        (await _t.UserSays("给李娜定个本季度销售额200万的目标"))
            .MustSay("[test goal_set done]", "owner=李娜", "metric=revenue", "value=2000000", "period=2026-10-01/2026-12-31")
            .MustNotSay("？");
        Assert.Empty(_t.Conversation.Frames);
        Assert.Empty(_t.Conversation.DialogStack);
    }

    [Fact]
    public async Task TheFormAsksForEachMissingSlotInTurnAndACorrectionReplacesTheMetric()
    {
        (await _t.UserSays("帮我设个目标")).MustSay("这个目标是给谁定的？");
        Assert.Equal(["goal_set"], _t.Conversation.DialogStack);
        (await _t.UserSays("李娜")).MustSay("要给哪个指标定目标？").MustOffer("销售额", "订单量");
        (await _t.UserSays("销售额")).MustSay("目标值是多少？");
        (await _t.UserSays("改成订单量")).MustSay("好的，指标改为“订单量”。", "目标值是多少？");
        (await _t.UserSays("800单")).MustSay("这个目标要在什么时间内完成？").MustOffer("本月", "本季度");
        (await _t.UserSays("本季度")).MustSay("[test goal_set done]", "metric=order_count", "value=800", "owner=李娜");
        Assert.Empty(_t.Conversation.DialogStack);
    }

    [Fact]
    public async Task NotRightItIsNextQuarterCorrectsThePeriodAndKeepsAskingForTheMetric()
    {
        (await _t.UserSays("给李娜定个本季度的目标")).MustSay("要给哪个指标定目标？");
        (await _t.UserSays("不对，是下个季度")).MustSay("好的，时间段改为“下个季度”。", "要给哪个指标定目标？");
        await _t.UserSays("销售额");
        await _t.UserSays("200万");
        Assert.Equal("2027-01-01/2027-03-31", _skills.Completed.Single()["period"]!.Resolution);
    }

    [Fact]
    public async Task CancelMidDialogClearsTheStackAndTheFormDoesNotContinue()
    {
        await _t.UserSays("帮我设个目标");
        await _t.UserSays("李娜");
        (await _t.UserSays("算了")).MustSay("已取消");
        Assert.Empty(_t.Conversation.Frames);
        Assert.Empty(_t.Conversation.DialogStack);
        (await _t.UserSays("销售额")).MustNotSay("目标值是多少");
        Assert.Empty(_skills.Completed);
        (await _t.UserSays("取消")).MustSay("当前没有进行中的操作");
    }

    [Fact]
    public async Task AKnowledgeQuestionMidDialogIsAnsweredThenTheFormResumesWithARecap()
    {
        await _t.UserSays("帮我设个目标");
        await _t.UserSays("李娜");
        (await _t.UserSays("怎么提高团队的绩效？"))
            .MustSay("[test kb answer] 怎么提高团队的绩效？", "我们继续刚才的销售目标（李娜）。", "要给哪个指标定目标？");
        Assert.Equal(["怎么提高团队的绩效？"], _skills.KnowledgeQuestions);
        (await _t.UserSays("销售额")).MustSay("目标值是多少？");
    }

    [Fact]
    public async Task HelpMidDialogAnswersThenReasksThePendingQuestion()
    {
        await _t.UserSays("给李娜定个本季度的目标");
        (await _t.UserSays("帮助")).MustSay("可以这样问我", "我们继续刚才的销售目标（李娜，本季度）。", "要给哪个指标定目标？");
        Assert.Single(_t.Conversation.Frames);
    }

    [Fact]
    public async Task AFollowUpWithOnlyAPeriodReusesTheMetricOfThePreviousAnswer()
    {
        (await _t.UserSays("本月销售额是多少")).MustSay("[test kpi_query done]", "metric=revenue", "period=2026-11-01/2026-11-30");
        (await _t.UserSays("那上个月呢?")).MustSay("[test kpi_query done]", "metric=revenue", "period=2026-10-01/2026-10-31");
        Assert.True(_skills.Completed[1].IsFollowUp);
    }

    [Fact]
    public async Task SwitchingToEnglishMidDialogKeepsTheSlotsAndReasksInEnglish()
    {
        await _t.UserSays("帮我设个目标");
        (await _t.UserSays("李娜")).MustSay("要给哪个指标定目标？");
        (await _t.UserSays("English please"))
            .MustAnswerIn("en-US")
            .MustSay("I'll reply in English", "Back to your sales goal (李娜).", "Which metric is the goal for?");
        Assert.Equal("en-US", _t.User.PreferredLocale);
        (await _t.UserSays("revenue")).MustAnswerIn("en-US").MustSay("What is the target?");
        await _t.UserSays("2 million");
        (await _t.UserSays("this quarter")).MustSay("[test goal_set done]", "owner=李娜", "metric=revenue");
        Assert.Equal("en-US", _skills.Completed.Single().Locale);
    }

    [Fact]
    public async Task AnUnsureParseAsksWhichTaskWithSuggestedActionsAndKeepsTheEntities()
    {
        (await _t.UserSays("张总那边跟进一下"))
            .MustSay("我不太确定你想做什么")
            .MustOffer("设置提醒", "查询 KPI", "问一个销售管理问题", "帮助");
        Assert.Empty(_t.Conversation.Frames);
        (await _t.UserSays("设置提醒")).MustSay("什么时候提醒你？");
        (await _t.UserSays("明天上午10点")).MustSay("[test reminder_create done]", "customer=c-zhang", "datetime=2026-11-28T10:00:00.0000000+08:00");
    }

    [Fact]
    public async Task AGoalForAPeriodAlreadyOverIsRefusedAndThePeriodAskedAgain()
    {
        (await _t.UserSays("给李娜定个上个月销售额200万的目标"))
            .MustSay("“上个月”已经过去了", "这个目标要在什么时间内完成？");
        Assert.False(_t.Conversation.Frames.Single().Slots.ContainsKey("period"));
        (await _t.UserSays("本季度")).MustSay("[test goal_set done]", "period=2026-10-01/2026-12-31");
    }

    [Fact]
    public async Task ATargetThatIsNotANumberIsRefusedAndAskedAgain()
    {
        (await _t.UserSays("帮李娜定个销售额目标")).MustSay("目标值是多少？");
        (await _t.UserSays("很多")).MustSay("“很多”不是一个具体的数值", "目标值是多少？");
        (await _t.UserSays("200万")).MustSay("这个目标要在什么时间内完成？");
    }

    [Fact]
    public async Task AnotherTaskMidDialogRunsOnTopAndTheFirstResumesWhenItIsDone()
    {
        await _t.UserSays("帮我设个目标");
        await _t.UserSays("李娜");
        (await _t.UserSays("提醒我回访张总")).MustSay("什么时候提醒你？");
        Assert.Equal(["goal_set", "reminder_create"], _t.Conversation.DialogStack);
        (await _t.UserSays("明天上午10点"))
            .MustSay("[test reminder_create done]", "我们继续刚才的销售目标（李娜）。", "要给哪个指标定目标？");
        Assert.Equal(["goal_set"], _t.Conversation.DialogStack);
    }

    [Fact]
    public async Task SomethingThatFitsNoSlotGetsTheQuestionAgain()
    {
        await _t.UserSays("帮我设个目标");
        (await _t.UserSays("今天天气不错")).MustSay("没能对上刚才的问题", "这个目标是给谁定的？");
    }

    [Fact]
    public async Task ACancelUnderstoodByTheRecogniserWorksLikeTheCommand()
    {
        await _t.UserSays("帮我设个目标");
        (await _t.UserSays("这个目标先不设了")).MustSay("已取消");
        Assert.Empty(_t.Conversation.Frames);
    }

    [Fact]
    public async Task AGreetingMidDialogIsReturnedThenThePendingQuestionComesBack()
    {
        await _t.UserSays("帮我设个目标");
        (await _t.UserSays("你好")).MustSay("你好，李娜", "我们继续刚才的销售目标。", "这个目标是给谁定的？");
    }

    [Fact]
    public async Task AskingForTheSameTaskAgainSaysWhereWeAre()
    {
        await _t.UserSays("给李娜定个本季度的目标");
        (await _t.UserSays("帮我设个目标")).MustSay("我们继续刚才的销售目标（李娜，本季度）。", "要给哪个指标定目标？").MustNotSay("抱歉");
        Assert.Single(_t.Conversation.Frames);
    }

    [Fact]
    public async Task ChoosingTheQuestionButtonSendsTheOriginalMessageToTheKnowledgeHandler()
    {
        await _t.UserSays("张总那边跟进一下");
        (await _t.UserSays("问一个销售管理问题")).MustSay("[test kb answer] 张总那边跟进一下");
        Assert.Equal(["张总那边跟进一下"], _skills.KnowledgeQuestions);
    }

    [Fact]
    public async Task TheClarifyingQuestionIsForgottenAfterOneTurn()
    {
        await _t.UserSays("张总那边跟进一下");
        await _t.UserSays("今天天气不错");
        Assert.Null(_t.Conversation.Clarification);
        (await _t.UserSays("设置提醒")).MustNotSay("什么时候提醒你");
    }
}
