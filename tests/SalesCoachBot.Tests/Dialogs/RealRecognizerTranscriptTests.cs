using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Dialogs;

/// <summary>
/// The dialog engine with the real offline recogniser (not the table-driven fake): the acceptance
/// conversations end to end, as the bot will hold them once the skills register their forms.
/// </summary>
public sealed class RealRecognizerTranscriptTests
{
    private readonly TestSkills _skills = new();

    private Transcript Chat(string locale) => new(new OfflineIntentRecognizer(new SampleDirectory()), _skills, locale);

    [Fact]
    public async Task ChineseAllSlotsInOneMessage()
    {
        var t = Chat("zh-CN");
        (await t.UserSays("给李娜定个本季度销售额200万的目标")).MustSay("[test goal_set done]", "owner=李娜", "metric=revenue");
        Assert.Empty(t.Conversation.Frames);
    }

    [Fact]
    public async Task EnglishAllSlotsInOneMessage()
    {
        var t = Chat("en-US");
        (await t.UserSays("Set Tom's goal to 40 new customers this quarter")).MustSay("[test goal_set done]", "owner=Tom", "metric=new_customers");
    }

    [Fact]
    public async Task ACorrectionMidDialogReplacesTheSlot()
    {
        var t = Chat("zh-CN");
        (await t.UserSays("给李娜设个目标")).MustSay("要给哪个指标定目标？");
        (await t.UserSays("销售额")).MustSay("目标值是多少？");
        (await t.UserSays("改成订单量")).MustSay("指标改为“订单量”");
        await t.UserSays("800单");
        await t.UserSays("本季度");
        Assert.Equal("order_count", _skills.Completed.Single()["metric"]!.Resolution);
    }

    [Fact]
    public async Task CancelMidDialog()
    {
        var t = Chat("en-US");
        (await t.UserSays("I want to create a new sales goal")).MustSay("?");
        (await t.UserSays("cancel")).MustSay("cancelled");
        Assert.Empty(t.Conversation.Frames);
        Assert.Empty(_skills.Completed);
    }

    [Fact]
    public async Task AKnowledgeQuestionMidDialogThenResume()
    {
        var t = Chat("zh-CN");
        await t.UserSays("给李娜设个目标");
        (await t.UserSays("什么是SMART原则？")).MustSay("[test kb answer]", "要给哪个指标定目标？");
        Assert.Single(t.Conversation.Frames);
    }

    [Fact]
    public async Task AFollowUpReusesTheMetricFromContext()
    {
        var t = Chat("zh-CN");
        (await t.UserSays("本月销售额是多少")).MustSay("[test kpi_query done]", "metric=revenue");
        (await t.UserSays("那上个月呢？")).MustSay("[test kpi_query done]", "metric=revenue");
        Assert.Equal(2, _skills.Completed.Count);
        Assert.NotEqual(_skills.Completed[0]["period"]!.Resolution, _skills.Completed[1]["period"]!.Resolution);
    }

    [Fact]
    public async Task AnEnglishFollowUpToo()
    {
        var t = Chat("en-US");
        await t.UserSays("what was our revenue this quarter?");
        (await t.UserSays("what about last month?")).MustSay("[test kpi_query done]", "metric=revenue");
    }

    [Fact]
    public async Task ALanguageSwitchMidDialogKeepsTheSlots()
    {
        var t = Chat("zh-CN");
        await t.UserSays("给李娜设个目标");
        (await t.UserSays("English please")).MustAnswerIn("en-US");
        Assert.Equal("李娜", t.Conversation.Frames.Single().Slots["owner"].Text);
    }

    [Fact]
    public async Task AnUnsureParseAsksWithSuggestions()
    {
        var t = Chat("zh-CN");
        var turn = await t.UserSays("那个东西弄一下");
        Assert.NotEmpty(turn.Buttons);
        Assert.Empty(_skills.Completed);
    }

    /// <summary>TEST DOUBLE of the sales directory (issue 4 supplies the real one).</summary>
    private sealed class SampleDirectory : IDirectory
    {
        public IReadOnlyList<string> People { get; } = ["张伟", "李娜", "Tom", "Sarah"];
        public IReadOnlyList<string> Customers { get; } = ["Globex", "华信科技"];
    }
}
