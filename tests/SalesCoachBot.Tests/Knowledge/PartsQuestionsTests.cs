using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Tests.Knowledge;

/// <summary>A question about what a topic is made of is answered by the section whose parts are sections, not by one part.</summary>
public sealed class PartsQuestionsTests
{
    [Theory]
    [InlineData("管控销售过程中的风险，大体上分哪几步走？", true)]
    [InlineData("团队建设包括哪几个方面?", true)]
    [InlineData("What are the main stages of handling sales risk?", true)]
    [InlineData("应该先设哪些考核数字？", false)]
    [InlineData("Which metrics show the process works?", false)]
    [InlineData("怎么判断先处理哪个风险?", false)]
    public void OnlyWordsForTheStagesOrPartsOfAWholeAskForParts(string question, bool parts) =>
        Assert.Equal(parts, PartsQuestions.AsksForParts(question));

    [Fact]
    public void ThePartsOfATopicAreAnsweredByTheSectionAboveTheBestScoringPart()
    {
        var ranked = Ranked(("十、风险 > 1、识别", 1.0), ("十、风险 > 1、识别 > 内部", 0.9), ("十、风险", 0.8), ("十、风险 > 3、控制", 0.7), ("十、风险 > 2、评估", 0.6));

        var settled = PartsQuestions.PreferWhole(ranked, "管控风险大体上分哪几步?", _ => false);

        Assert.True(settled);
        Assert.Equal("十、风险", ranked[0].Passage.SectionPath);
    }

    [Fact]
    public void ASectionFarBelowTheBestOrWithoutPartsAmongTheCandidatesIsNotPreferred()
    {
        var weak = Ranked(("十、风险 > 1、识别", 1.0), ("十、风险", 0.4), ("十、风险 > 3、控制", 0.7), ("十、风险 > 2、评估", 0.6));
        var alone = Ranked(("十、风险 > 1、识别", 1.0), ("十、风险", 0.9), ("五、客户", 0.7));

        PartsQuestions.PreferWhole(weak, "管控风险分哪几步?", _ => false);
        PartsQuestions.PreferWhole(alone, "管控风险分哪几步?", _ => false);
        var other = Ranked(("十、风险 > 1、识别", 1.0), ("十、风险", 0.9), ("十、风险 > 3、控制", 0.7));
        var notParts = PartsQuestions.PreferWhole(other, "风险识别是什么?", _ => false);

        Assert.Equal("十、风险 > 1、识别", weak[0].Passage.SectionPath);
        Assert.Equal("十、风险 > 1、识别", alone[0].Passage.SectionPath);
        Assert.False(notParts);
        Assert.Equal("十、风险 > 1、识别", other[0].Passage.SectionPath);
    }

    [Fact]
    public void ANamedSectionStaysFirstAndNoSubsectionGoesBeforeIt()
    {
        var ranked = Ranked(("十、风险 > 1、识别", 1.0), ("十、风险", 0.9), ("十、风险 > 3、控制", 0.7), ("十、风险 > 2、评估", 0.6));

        var settled = PartsQuestions.PreferWhole(ranked, "风险识别分哪几步?", p => p.SectionPath == "十、风险 > 1、识别");

        Assert.True(settled);
        Assert.Equal("十、风险 > 1、识别", ranked[0].Passage.SectionPath);
    }

    private static List<RetrievedPassage> Ranked(params (string Path, double Score)[] sections) =>
        [.. sections.Select(s => new RetrievedPassage(
            new Passage { Id = s.Path, Source = "guide.txt", Title = "指南", Section = s.Path.Split(" > "), Text = "正文。", Language = "zh" }, s.Score, 0.5))];
}
