using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Dialogs;

/// <summary>A question outside the bot's scope is declined plainly with what it can do; a yes or no with nothing pending says so.</summary>
public sealed class OutOfScopeTests
{
    private readonly CoachEngine _engine = new(
        new FakeIntentRecognizer()
            .When("明年人民币汇率会怎么走？", Intents.OutOfScope)
            .When("draft an employment contract for me", Intents.OutOfScope)
            .When("行，就按这个来", Intents.Affirm)
            .When("no, not that", Intents.Deny),
        new SkillCatalogue());

    private async Task<string> Say(string text, string locale) =>
        (await _engine.HandleAsync(new Turn(text, locale, "u", null, "c", "test"), new CoachUserState(), new CoachConversationState { Welcomed = true }))
            .Replies.Single().Text!;

    [Fact]
    public async Task AnOutOfScopeQuestionIsDeclinedInChineseWithWhatTheBotCanDo()
    {
        var text = await Say("明年人民币汇率会怎么走？", "zh-CN");
        Assert.Contains("帮不上忙", text);
        Assert.Contains("查业绩指标", text);
        Assert.DoesNotContain("建设中", text);
    }

    [Fact]
    public async Task AndInEnglish()
    {
        var text = await Say("draft an employment contract for me", "en-US");
        Assert.Contains("can't help with that", text);
        Assert.Contains("look up KPIs", text);
    }

    [Theory]
    [InlineData("行，就按这个来", "zh-CN", "没有等你确认")]
    [InlineData("no, not that", "en-US", "nothing waiting for your confirmation")]
    public async Task AYesOrNoWithNothingPendingSaysSo(string text, string locale, string expected) =>
        Assert.Contains(expected, await Say(text, locale));
}
