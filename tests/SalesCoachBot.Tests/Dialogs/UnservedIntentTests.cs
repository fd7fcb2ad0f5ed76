using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Dialogs;

/// <summary>An understood request that no skill serves yet is named back honestly, not called "not understood".</summary>
public sealed class UnservedIntentTests
{
    private readonly CoachEngine _engine = new(
        new FakeIntentRecognizer().When("本月销售额是多少", Intents.KpiQuery).When("what's our revenue this month", Intents.KpiQuery),
        new SkillCatalogue());

    [Fact]
    public async Task InChineseTheBotSaysWhatItUnderstoodAndThatTheSkillIsComing()
    {
        var outcome = await _engine.HandleAsync(new Turn("本月销售额是多少", "zh-CN", "u", null, "c", "test"), new CoachUserState(), new CoachConversationState { Welcomed = true });
        var text = outcome.Replies.Single().Text!;
        Assert.Contains("查询 KPI", text);
        Assert.Contains("建设中", text);
    }

    [Fact]
    public async Task InEnglishToo()
    {
        var outcome = await _engine.HandleAsync(new Turn("what's our revenue this month", "en-US", "u", null, "c", "test"), new CoachUserState(), new CoachConversationState { Welcomed = true });
        var text = outcome.Replies.Single().Text!;
        Assert.Contains("look up a kpi", text);
        Assert.Contains("still being built", text);
    }
}
