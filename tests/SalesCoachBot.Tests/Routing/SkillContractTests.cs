using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Goals;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Reminders;
using SalesCoach.Skills.Risk;
using SalesCoach.Skills.Routing;
using SalesCoach.Skills.Training;
using SalesCoach.Tests.Dialogs;

namespace SalesCoach.Tests.Routing;

/// <summary>The skill contract: registration with AddSkill, intents and card submits routed by the skill's id, conflicts refused at start.</summary>
public sealed class SkillContractTests
{
    private static readonly FakeIntentRecognizer Nlu = new FakeIntentRecognizer()
        .When("how are my reminders", Intents.ReminderList)
        .When("set a goal", Intents.GoalSet);

    [Fact]
    public async Task ASkillAddedWithAddSkillReceivesItsIntentsAndItsCardSubmits()
    {
        var services = new ServiceCollection();
        services.AddSkill<ListingSkill>();
        services.AddSkill<ListingSkill>();
        await using var provider = services.BuildServiceProvider();
        var skill = provider.GetRequiredService<ListingSkill>();
        var engine = new CoachEngine(Nlu, provider.GetRequiredService<SkillCatalogue>());
        var conversation = new CoachConversationState { Welcomed = true };

        var listed = await engine.HandleAsync(Turn("how are my reminders"), new CoachUserState(), conversation);
        var tapped = await engine.HandleAsync(Turn("", Submit("""{"skill":"listing","pick":2}""")), new CoachUserState(), conversation);

        Assert.Equal("[listing] how are my reminders", Assert.Single(listed.Replies).Text);
        Assert.Equal("[listing card] 2", Assert.Single(tapped.Replies).Text);
        Assert.Equal(2, Assert.Single(skill.Submits).Data.GetProperty("pick").GetInt32());
        Assert.Single(provider.GetServices<ISkill>());
    }

    [Fact]
    public async Task ASubmitGoesToTheSkillItNamesNotToAnotherThatWouldTakeIt()
    {
        var greedy = new DeclaredSkill("greedy", submit: _ => CardAnswer.Of(Reply.Plain("greedy")));
        var named = new DeclaredSkill("named", submit: _ => CardAnswer.Of(Reply.Plain("named")));
        var engine = new CoachEngine(Nlu, [greedy, named]);

        var outcome = await engine.HandleAsync(Turn("", Submit("""{"skill":"named"}""")), new CoachUserState(), new CoachConversationState { Welcomed = true });

        Assert.Equal("named", Assert.Single(outcome.Replies).Text);
        Assert.Empty(greedy.Submits);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task AnUnknownSkillIdIsAnsweredPolitelyAndTheOpenQuestionIsKept(string locale)
    {
        var completed = new List<FormCompleted>();
        var goals = new DeclaredSkill("goals", s => s.Form(new FormDefinition(Intents.GoalSet, "form.goal_set.title",
            [new SlotDefinition("value", EntityNames.Value, "form.goal_set.ask.value", "slot.value", FromText: true)],
            (done, _) => { completed.Add(done); return Task.FromResult<IReadOnlyList<Reply>>([Reply.Plain("saved")]); })));
        var engine = new CoachEngine(Nlu, [goals]);
        var user = new CoachUserState { PreferredLocale = locale };
        var conversation = new CoachConversationState { Welcomed = true };
        await engine.HandleAsync(Turn("set a goal", locale: locale), user, conversation);

        var tapped = await engine.HandleAsync(Turn("42", Submit("""{"skill":"retired-skill","text":"42"}"""), locale), user, conversation);

        Assert.Equal(Strings.Get(locale, "card.unknownSkill"), tapped.Replies[0].Text);
        Assert.Contains(Strings.Get(locale, "form.goal_set.ask.value"), tapped.Replies[1].Text);
        Assert.Empty(completed);
        Assert.Equal("value", Assert.Single(conversation.Frames).PendingSlot);
        var answered = await engine.HandleAsync(Turn("42", locale: locale), user, conversation);
        Assert.Equal("saved", Assert.Single(answered.Replies).Text);
        Assert.Equal("42", Assert.Single(completed).Slots["value"].Text);
    }

    [Fact]
    public async Task TwoSkillsDeclaringOneIntentStopTheHostAtStartNamingBoth()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(new FirstGoals());
        builder.Services.AddSingleton(new SecondGoals());
        builder.Services.AddSkill<FirstGoals>();
        builder.Services.AddSkill<SecondGoals>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal("Intent 'goal_set' is declared by two skills, 'goals' and 'goals-copy': one must give it up.", refused.Message);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("cancel")]
    [InlineData("language_switch")]
    public void TheCoreSkillOwnsHelpCancelAndTheLanguageSwitchSoNoOtherSkillCanTakeThem(string intent)
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            new SkillCatalogue([new DeclaredSkill("helpful", s => s.Handler(intent, (_, _) => Task.FromResult<IReadOnlyList<Reply>>([])))]));

        Assert.Equal($"Intent '{intent}' is declared by two skills, 'core' and 'helpful': one must give it up.", refused.Message);
        Assert.Equal(CoreSkill.SkillId, new SkillCatalogue().Owner(intent));
    }

    [Fact]
    public void ASkillCannotTakeTheYesOrNoTheEngineReadsItself()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            new SkillCatalogue([new DeclaredSkill("eager", s => s.Handler(Intents.Affirm, (_, _) => Task.FromResult<IReadOnlyList<Reply>>([])))]));

        Assert.Contains("declares intent 'affirm'", refused.Message);
    }

    [Fact]
    public void TwoSkillsUnderOneIdAreRefused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new SkillCatalogue([new DeclaredSkill("goals"), new DeclaredSkill("goals")]));

        Assert.Contains("Skill id 'goals' is registered twice", refused.Message);
    }

    /// <summary>Data of buttons sent before submits named their skill, exactly as those cards carried it.</summary>
    [Theory]
    [InlineData("""{"reminderAction":"done","reminderId":12,"text":"完成"}""", ReminderSkill.SkillId)]
    [InlineData("""{"text":"确认目标","goalAction":"confirm","goalId":"7","goalTarget":"120","goalDeadline":"2027-03-31","goalRelevance":""}""", GoalSkill.SkillId)]
    [InlineData("""{"riskAction":"rate","riskKey":"pipeline","text":"风险评分","riskLikelihood":"3","riskImpact":"4"}""", RiskSkill.SkillId)]
    [InlineData("""{"riskAction":"update","assessmentId":"5","text":"保存"}""", RiskSkill.SkillId)]
    [InlineData("""{"kbFeedback":{"helpful":true,"question":"怎么做客户回访?","mode":"Extractive","source":"guide","section":"s","locale":"zh-CN"}}""", KnowledgeSkill.SkillId)]
    [InlineData("""{"text":"accept training plan 4","trainingItem1":"true","trainingItem2":"false"}""", TrainingSkill.SkillId)]
    public async Task OldCardDataStillReachesItsSkill(string data, string skill)
    {
        var value = Submit(data);
        Assert.Equal(skill, CardData.SkillOf(value));
        var owner = new DeclaredSkill(skill, submit: _ => CardAnswer.Of(Reply.Plain("mine")));
        var engine = new CoachEngine(Nlu, [new DeclaredSkill("other"), owner]);

        var outcome = await engine.HandleAsync(Turn(value.TryGetProperty("text", out var t) ? t.GetString()! : "", value), new CoachUserState(), new CoachConversationState { Welcomed = true });

        Assert.Equal("mine", Assert.Single(outcome.Replies).Text);
        Assert.Single(owner.Submits);
    }

    [Fact]
    public void EveryOldShapeNamesASkillTheBotHas()
    {
        string[] ids = [ReminderSkill.SkillId, GoalSkill.SkillId, RiskSkill.SkillId, KnowledgeSkill.SkillId, TrainingSkill.SkillId];
        Assert.All(LegacyCardData.Table.Select(r => r.Skill).Concat(LegacyCardData.Prefixes.Select(p => p.Skill)), id => Assert.Contains(id, ids));
    }

    [Fact]
    public void ATextButtonBelongsToNoSkill()
    {
        var button = SalesCoach.Skills.Cards.AdaptiveCardJson.SubmitText("Help", "help");

        Assert.Null(CardData.SkillOf(Submit(button["data"]!.ToJsonString())));
        Assert.Equal("goals", CardData.SkillOf(Submit(SalesCoach.Skills.Cards.AdaptiveCardJson.Submit("goals", "OK", new())["data"]!.ToJsonString())));
    }

    [Fact]
    public void TodaysReminderCardNamesItsSkillOnEveryDataButton()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var reminder = new SalesCoach.Data.Reminders.Reminder
        {
            Id = 42, ChannelId = "msteams", ChannelUserId = "29:u", Subject = "回访张总", DueUtc = new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero),
            TimeZoneId = zone.Id, Locale = "zh-CN",
        };

        var card = JsonDocument.Parse(ReminderCard.Build(reminder, zone, "zh-CN", "提醒")).RootElement;

        var data = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("data")).ToList();
        Assert.Equal(4, data.Count);
        Assert.All(data, d => Assert.Equal(ReminderSkill.SkillId, d.GetProperty(CardData.SkillKey).GetString()));
    }

    private static Turn Turn(string text, JsonElement? value = null, string locale = "en-US") => new(text, locale, "u-1", "Li Na", "c-1", "test", value);

    private static JsonElement Submit(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>A skill resolved by the container, as AddSkill registers it.</summary>
    public sealed class ListingSkill : DeclaredSkill
    {
        public ListingSkill()
            : base("listing",
                s => s.Handler(Intents.ReminderList, (request, _) => Task.FromResult<IReadOnlyList<Reply>>([Reply.Plain("[listing] " + request.Text)])),
                card => CardAnswer.Of(Reply.Plain("[listing card] " + card.Data.GetProperty("pick").GetInt32())))
        {
        }
    }

    public sealed class FirstGoals() : DeclaredSkill("goals", s => s.Handler(Intents.GoalSet, (_, _) => Task.FromResult<IReadOnlyList<Reply>>([])));

    public sealed class SecondGoals() : DeclaredSkill("goals-copy", s => s.Handler(Intents.GoalSet, (_, _) => Task.FromResult<IReadOnlyList<Reply>>([])));
}
