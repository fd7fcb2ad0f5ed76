using SalesCoach.Knowledge.Answers;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

public sealed class AnswerTests
{
    private static readonly Lazy<SalesCoach.Knowledge.KnowledgeBase> Knowledge = new(() =>
    {
        var knowledge = TestKnowledge.Create();
        knowledge.Ingest(TestKnowledge.GuidePath);
        return knowledge;
    });

    [SharedFact(SharedFiles.Guide)]
    public async Task AChineseQuestionGetsAnExtractFromTheRightSectionWithItsCitation()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("怎么做客户回访？");

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Contains("定期进行客户回访", answer.Text);
        Assert.Equal("五、客户关系管理 > 3、客户关怀 > 客户回访", answer.Citations[0].Section);
        Assert.Equal("sales-admin-guide.zh.txt", answer.Citations[0].Source);
        Assert.Equal("销售管理员如何做", answer.Citations[0].Title);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task AnEnglishQuestionFindsTheChinesePassageThroughTheGlossary()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("What is a 360-degree review?");

        Assert.True(answer.Grounded);
        Assert.Equal("zh", answer.TextLanguage);
        Assert.Equal("en", answer.QuestionLanguage);
        Assert.Equal("十一、销售绩效评估 > 2、绩效评估方法 > 360度评估", answer.Citations[0].Section);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task TheEnglishPlaybookBridgesToTheGuideSectionItNames()
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync("How do I score risks on a grid of likelihood against impact?");

        Assert.Equal("十、销售风险管理 > 2、风险评估 > 风险矩阵", answer.Citations[0].Section);
        Assert.DoesNotContain(answer.Citations, c => c.Source.StartsWith("playbook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutTheGuideThePlaybookSectionIsCitedItself()
    {
        var answer = await TestKnowledge.Create().AnswerOfflineAsync("How do I score risks on a grid of likelihood against impact?");

        Assert.True(answer.Grounded);
        Assert.Equal("playbook.en-US.md", answer.Citations[0].Source);
        Assert.Equal("Risk management > Risk matrix", answer.Citations[0].Section);
    }

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("销售拿到的提成要交多少个人所得税？")]
    [InlineData("签了竞业协议的销售离职后，竞业限制最长多久？")]
    [InlineData("What's a typical commission rate for SaaS account executives?")]
    [InlineData("How do I bake sourdough bread?")]
    public async Task QuestionsTheKnowledgeBaseDoesNotCoverAreDeclinedWithTopics(string question)
    {
        var answer = await Knowledge.Value.AnswerOfflineAsync(question);

        Assert.Equal(AnswerMode.Declined, answer.Mode);
        Assert.Empty(answer.Citations);
        Assert.NotEmpty(answer.Topics);
    }
}
