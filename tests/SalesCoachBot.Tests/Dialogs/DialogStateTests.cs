using Newtonsoft.Json;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Tests.Dialogs;

/// <summary>The dialog stack lives in conversation state, which the host stores as JSON without type names.</summary>
public sealed class DialogStateTests
{
    [Fact]
    public async Task AFormHalfwayThroughSurvivesAJsonRoundTripAndContinues()
    {
        var skills = new TestSkills();
        var t = new Transcript(TestUtterances.Recognizer(), skills, "zh-CN");
        await t.UserSays("帮我设个目标");
        await t.UserSays("李娜");
        await t.UserSays("销售额");

        var json = JsonConvert.SerializeObject(t.Conversation, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
        t.Conversation = JsonConvert.DeserializeObject<CoachConversationState>(json)!;

        Assert.Equal(["goal_set"], t.Conversation.DialogStack);
        Assert.Equal("revenue", t.Conversation.Frames.Single().Slots["metric"].Resolution);
        (await t.UserSays("200万")).MustSay("这个目标要在什么时间内完成？");
        (await t.UserSays("本季度")).MustSay("owner=李娜", "metric=revenue", "value=2000000");
    }

    [Fact]
    public async Task TheFollowUpContextAndAPendingClarificationSurviveARoundTripToo()
    {
        var t = new Transcript(TestUtterances.Recognizer(), new TestSkills(), "zh-CN");
        await t.UserSays("本月销售额是多少");
        t.Conversation = System.Text.Json.JsonSerializer.Deserialize<CoachConversationState>(System.Text.Json.JsonSerializer.Serialize(t.Conversation))!;
        (await t.UserSays("那上个月呢?")).MustSay("metric=revenue", "period=2026-10-01/2026-10-31");

        await t.UserSays("张总那边跟进一下");
        t.Conversation = JsonConvert.DeserializeObject<CoachConversationState>(JsonConvert.SerializeObject(t.Conversation))!;
        (await t.UserSays("设置提醒")).MustSay("什么时候提醒你？");
    }

    [Fact]
    public void AnIntentCanHaveOnlyOneOwner()
    {
        var other = new DeclaredSkill("other", s => s.Handler(SalesCoach.Skills.Nlu.Intents.GoalSet, (_, _) => Task.FromResult<IReadOnlyList<Reply>>([])));
        Assert.Throws<InvalidOperationException>(() => new SalesCoach.Skills.Dialogs.SkillCatalogue([new TestSkills(), other]));
    }

    [Fact]
    public async Task StateWithMissingListsOrAFormNoLongerRegisteredIsRepairedNotFatal()
    {
        var t = new Transcript(TestUtterances.Recognizer(), new TestSkills(), "zh-CN");
        t.Conversation = JsonConvert.DeserializeObject<CoachConversationState>(
            """{"Welcomed":true,"DialogStack":null,"Frames":[{"FormName":"retired_skill","Slots":null}]}""")!;
        (await t.UserSays("帮我设个目标")).MustSay("这个目标是给谁定的？");
        Assert.Equal(["goal_set"], t.Conversation.DialogStack);
    }
}
