namespace SalesCoach.Tests.Dialogs;

/// <summary>Whole conversations in English, written as transcripts: the user says, the bot must.</summary>
public sealed class EnglishTranscriptTests
{
    private readonly TestSkills _skills = new();
    private readonly Transcript _t;

    public EnglishTranscriptTests() => _t = new Transcript(TestUtterances.Recognizer(), _skills, "en-US");

    [Fact]
    public async Task AllSlotsInOneMessageCompleteTheGoalAtOnce()
    {
        (await _t.UserSays("set a revenue goal of 2 million for Sarah this quarter"))
            .MustAnswerIn("en-US")
            .MustSay("[test goal_set done]", "owner=Sarah", "metric=revenue", "value=2000000", "period=2026-10-01/2026-12-31");
        Assert.Empty(_t.Conversation.Frames);
    }

    [Fact]
    public async Task ActuallyMakeItRevenueReplacesTheMetricAndConfirmsIt()
    {
        (await _t.UserSays("set a goal")).MustSay("Who is this goal for?");
        (await _t.UserSays("Sarah")).MustSay("Which metric is the goal for?").MustOffer("revenue", "order count");
        (await _t.UserSays("order count")).MustSay("What is the target?");
        (await _t.UserSays("actually make it revenue")).MustSay("OK, metric changed to \"revenue\".", "What is the target?");
        await _t.UserSays("2 million");
        (await _t.UserSays("this quarter")).MustSay("[test goal_set done]", "metric=revenue", "owner=Sarah");
    }

    [Fact]
    public async Task CancelMidDialogSaysSoAndForgetsTheForm()
    {
        await _t.UserSays("set a goal for Sarah");
        (await _t.UserSays("cancel")).MustSay("I've cancelled that");
        Assert.Empty(_t.Conversation.Frames);
        Assert.Empty(_t.Conversation.DialogStack);
        (await _t.UserSays("2 million")).MustNotSay("By when");
    }

    [Fact]
    public async Task AKnowledgeQuestionMidDialogIsAnsweredThenTheFormResumesWithARecap()
    {
        await _t.UserSays("set a goal for Sarah");
        (await _t.UserSays("how do I coach a rep who misses targets?"))
            .MustSay("[test kb answer] how do I coach a rep who misses targets?", "Back to your sales goal (Sarah).", "Which metric is the goal for?");
        (await _t.UserSays("revenue")).MustSay("What is the target?");
    }

    [Fact]
    public async Task AFollowUpWithOnlyAMetricReusesThePeriodOfThePreviousAnswer()
    {
        (await _t.UserSays("what's our revenue this month?")).MustSay("metric=revenue", "period=2026-11-01/2026-11-30");
        (await _t.UserSays("what about order count?")).MustSay("[test kpi_query done]", "metric=order_count", "period=2026-11-01/2026-11-30");
    }

    [Fact]
    public async Task SwitchingToChineseMidDialogKeepsTheSlotsAndReasksInChinese()
    {
        await _t.UserSays("set a goal for Sarah");
        (await _t.UserSays("说中文"))
            .MustAnswerIn("zh-CN")
            .MustSay("之后我会用中文回复你", "我们继续刚才的销售目标（Sarah）。", "要给哪个指标定目标？");
        Assert.Equal("Sarah", _t.Conversation.Frames.Single().Slots["owner"].Text);
    }

    [Fact]
    public async Task AnUnsureParseAsksWithOnlyTheChoicesSomeSkillCanAnswer()
    {
        var bot = (await _t.UserSays("Globex again"))
            .MustSay("I'm not sure what you'd like to do")
            .MustOffer("Create a reminder", "Look up a KPI", "Help");
        Assert.DoesNotContain("Sales risk check", bot.Buttons);
        (await _t.UserSays("Create a reminder")).MustSay("When should I remind you?");
        (await _t.UserSays("tomorrow at 10am")).MustSay("customer=c-globex");
    }

    [Fact]
    public async Task AReminderTimeInThePastIsRefusedAndAskedAgain()
    {
        (await _t.UserSays("remind me to call Globex yesterday at 3pm"))
            .MustSay("\"yesterday at 3pm\" is already in the past", "When should I remind you?");
        (await _t.UserSays("tomorrow at 10am")).MustSay("[test reminder_create done]", "customer=c-globex");
    }

    [Fact]
    public async Task ATargetThatIsNotANumberIsRefusedAndAskedAgain()
    {
        await _t.UserSays("set a goal for Sarah");
        await _t.UserSays("revenue");
        (await _t.UserSays("a lot")).MustSay("\"a lot\" isn't a number", "What is the target?");
    }
}
