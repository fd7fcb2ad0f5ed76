using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Tests.Skills;

/// <summary>Conversations as transcripts against the engine alone: no host, no SDK.</summary>
public sealed class CoachEngineTests
{
    private readonly CoachEngine _engine = new();
    private readonly CoachUserState _user = new();
    private readonly CoachConversationState _conversation = new();

    private async Task<TurnOutcome> Say(string text, string? locale = "zh-CN", CoachEngine? engine = null) =>
        await (engine ?? _engine).HandleAsync(new Turn(text, locale, "u1", "李娜", "c1", "test"), _user, _conversation);

    [Fact]
    public async Task TheFirstMessageIsWelcomedOnceThenAnswered()
    {
        var first = await Say("帮助");
        Assert.NotNull(first.Replies[0].AdaptiveCardJson);
        Assert.Contains("可以这样问我", first.Replies[1].Text);
        var second = await Say("帮助");
        Assert.All(second.Replies, r => Assert.Null(r.AdaptiveCardJson));
    }

    [Fact]
    public async Task CancelSaysWhetherThereWasAnythingToCancel()
    {
        await Say("你好");
        Assert.Contains("没有进行中的操作", (await Say("取消")).Replies.Single().Text);
        var withGoalForm = new CoachEngine(new OfflineIntentRecognizer(), [new DeclaredSkill("goals", s => s.Form(new FormDefinition(
            Intents.GoalSet, "form.goal_set.title",
            [new SlotDefinition("metric", EntityNames.Metric, "form.goal_set.ask.metric", "slot.metric")],
            (_, _) => Task.FromResult<IReadOnlyList<Reply>>([]))))]);
        await withGoalForm.HandleAsync(new Turn("帮我设个目标", "zh-CN", "u1", "李娜", "c1", "test"), _user, _conversation);
        Assert.Contains("已取消", (await Say("取消", engine: withGoalForm)).Replies.Single().Text);
        Assert.Empty(_conversation.DialogStack);
    }

    [Fact]
    public async Task TheLanguageSwitchIsRememberedForLaterTurns()
    {
        await Say("English please");
        Assert.Equal("en-US", _user.PreferredLocale);
        var outcome = await Say("帮助");
        Assert.Equal("en-US", outcome.Locale);
        Assert.Contains("Things you can ask me", outcome.Replies.Last().Text);
    }

    [Fact]
    public async Task AGreetingUsesTheUsersName()
    {
        await Say("help", "en-US");
        Assert.Contains("李娜", (await Say("你好")).Replies.Single().Text);
    }

    [Fact]
    public async Task TextItCannotHandleYetGetsAnHonestAnswerWithSuggestions()
    {
        await Say("help", "en-US");
        var reply = (await Say("asdfgh qwerty", "en-US")).Replies.Single();
        Assert.Contains("didn't quite get", reply.Text);
        Assert.NotEmpty(reply.SuggestedActions!);
    }
}
