using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Nlu;
using SalesCoach.Tests.SalesData;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>A knowledge question through the real recogniser and dialog engine, the answer card, and a tap on its feedback button.</summary>
public sealed class KnowledgeTurnTests
{
    private static readonly Lazy<SalesCoach.Knowledge.KnowledgeBase> Knowledge = new(() =>
    {
        var knowledge = TestKnowledge.Create();
        knowledge.Ingest(TestKnowledge.GuidePath);
        return knowledge;
    });

    private static readonly Lazy<CoachEngine> Engine = new(() => new CoachEngine(new OfflineIntentRecognizer(), [new KnowledgeSkill(Knowledge.Value)]));

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("怎么做客户回访?", "zh-CN", "定期进行客户回访", "五、客户关系管理 > 3、客户关怀 > 客户回访", "👍 有帮助", "来源")]
    [InlineData("what is a 360-degree review?", "en-US", "360度评估", "十一、销售绩效评估 > 2、绩效评估方法 > 360度评估", "👍 Helpful", "Sources")]
    public async Task AKnowledgeQuestionGetsTheAnswerItsSourcesAndFeedbackButtons(string text, string locale, string answer, string section, string helpful, string sourcesTitle)
    {
        var outcome = await Ask(text, locale);

        Assert.Equal(locale, outcome.Locale);
        var card = JsonDocument.Parse(outcome.Replies.Single(r => r.AdaptiveCardJson is not null).AdaptiveCardJson!).RootElement;
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var texts = card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToList();
        Assert.Contains(answer, texts[0]);
        var sources = texts.IndexOf(sourcesTitle);
        Assert.True(sources > 0, "the sources follow the answer");
        Assert.Contains(section, texts[sources + 1]);
        if (locale == "en-US") Assert.StartsWith("The guide answers this in Chinese:", texts[0]);
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal(helpful, actions[0].GetProperty("title").GetString());
        Assert.True(actions[0].GetProperty("data").GetProperty(KnowledgeCard.FeedbackKey).GetProperty("helpful").GetBoolean());
        Assert.False(actions[1].GetProperty("data").GetProperty(KnowledgeCard.FeedbackKey).GetProperty("helpful").GetBoolean());
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task AnUncoveredQuestionIsDeclinedInPlainText()
    {
        var outcome = await Ask("销售拿到的提成要交多少个人所得税？税率怎么算？", "zh-CN");

        var reply = Assert.Single(outcome.Replies, r => r.Text is not null && r.Text.Contains("知识库", StringComparison.Ordinal));
        Assert.Contains("不想凭空编造", reply.Text);
        Assert.Null(reply.AdaptiveCardJson);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task TappingAFeedbackButtonIsStored()
    {
        var outcome = await Ask("怎么做客户回访?", "zh-CN");
        var card = JsonDocument.Parse(outcome.Replies.Single(r => r.AdaptiveCardJson is not null).AdaptiveCardJson!).RootElement;
        var notHelpful = card.GetProperty("actions")[1].GetProperty("data").Clone();
        await using var services = SalesDataServices.Create();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var recorder = new KnowledgeFeedbackRecorder(services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>());
        var engine = new CoachEngine(new OfflineIntentRecognizer(), [new KnowledgeSkill(Knowledge.Value, recorder)]);
        var conversation = new CoachConversationState { Welcomed = true };

        var thanks = await engine.HandleAsync(new Turn("", "zh-CN", "u-1", "李娜", "c-1", "msteams", notHelpful), new CoachUserState(), conversation);
        await engine.HandleAsync(new Turn("你好", "zh-CN", "u-1", "李娜", "c-1", "msteams"), new CoachUserState(), conversation);

        Assert.Contains("谢谢反馈", Assert.Single(thanks.Replies).Text);
        await using var db = await services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContextAsync();
        var row = await db.KnowledgeFeedback.SingleAsync();
        Assert.False(row.Helpful);
        Assert.Equal("怎么做客户回访?", row.Question);
        Assert.Equal("五、客户关系管理 > 3、客户关怀 > 客户回访", row.Section);
        Assert.Equal("Extractive", row.Mode);
        Assert.Equal("u-1", row.UserId);
    }

    private static Task<TurnOutcome> Ask(string text, string locale) =>
        Engine.Value.HandleAsync(new Turn(text, locale, "u-1", "李娜", "c-1", "msteams"), new CoachUserState(), new CoachConversationState { Welcomed = true });
}
