using SalesCoach.Skills.Risk;

namespace SalesCoach.Tests.Risk;

public sealed class RiskAnswerParserTests
{
    [Theory]
    [InlineData("3 4", 3, 4)]
    [InlineData("3，4", 3, 4)]
    [InlineData("３ ４", 3, 4)]
    [InlineData("可能性3 影响4", 3, 4)]
    [InlineData("影响4 可能性3", 3, 4)]
    [InlineData("可能性：2，影响程度：5", 2, 5)]
    [InlineData("likelihood 3 impact 4", 3, 4)]
    [InlineData("impact 1, likelihood 5", 5, 1)]
    [InlineData("L3 I4", 3, 4)]
    public void ReadsRatingsTypedInEitherLanguage(string text, int likelihood, int impact)
    {
        var answer = RiskAnswerParser.Parse(text);
        Assert.Equal((RiskAnswerKind.Rating, likelihood, impact), (answer.Kind, answer.Likelihood, answer.Impact));
    }

    [Theory]
    [InlineData("8 3", "8")]
    [InlineData("3 0", "0")]
    [InlineData("可能性6 影响2", "6")]
    [InlineData("3.5 2", "3.5")]
    [InlineData("-1 2", "-1")]
    public void ReportsTheNumberOutOfRangeInsteadOfClampingIt(string text, string offending)
    {
        var answer = RiskAnswerParser.Parse(text);
        Assert.Equal((RiskAnswerKind.OutOfRange, offending), (answer.Kind, answer.Offending));
    }

    [Theory]
    [InlineData("跳过", RiskAnswerKind.Skip)]
    [InlineData("skip", RiskAnswerKind.Skip)]
    [InlineData("Skip.", RiskAnswerKind.Skip)]
    [InlineData("继续", RiskAnswerKind.Resume)]
    [InlineData("resume", RiskAnswerKind.Resume)]
    [InlineData("好", RiskAnswerKind.AcceptSuggestion)]
    [InlineData("OK", RiskAnswerKind.AcceptSuggestion)]
    [InlineData("随便", RiskAnswerKind.NotNumber)]
    [InlineData("not sure", RiskAnswerKind.NotNumber)]
    [InlineData("今天就评到这，出个结果吧", RiskAnswerKind.Finish)]
    [InlineData("stop here, show me what we have so far", RiskAnswerKind.Finish)]
    [InlineData("3", RiskAnswerKind.OneNumber)]
    [InlineData("1 2 3", RiskAnswerKind.NotNumber)]
    public void ClassifiesCommandsAndIncompleteAnswers(string text, RiskAnswerKind kind) =>
        Assert.Equal(kind, RiskAnswerParser.Parse(text).Kind);

    [Theory]
    [InlineData("很高 一般", 5, 3)]
    [InlineData("high high", 4, 4)]
    [InlineData("发生的概率不大，但一旦出事影响很严重", 2, 5)]
    [InlineData("likely, moderate impact", 4, 3)]
    [InlineData("impact is minor but it's very likely", 5, 2)]
    [InlineData("可能性中等，影响比较大", 3, 4)]
    public void ReadsRatingsSaidInWords(string text, int likelihood, int impact)
    {
        var answer = RiskAnswerParser.Parse(text);
        Assert.Equal((RiskAnswerKind.Rating, likelihood, impact), (answer.Kind, answer.Likelihood, answer.Impact));
    }

    [Theory]
    [InlineData("发生的可能性挺大的，基本每个季度都会丢一两个", false, 4, 0)]
    [InlineData("影响4", false, 0, 4)]
    [InlineData("the impact would be severe", false, 0, 5)]
    [InlineData("影响嘛不算致命，但会拖累季度业绩", true, 0, 3)]
    [InlineData("很严重", true, 0, 5)]
    [InlineData("4", true, 0, 4)]
    public void OneRatingAloneIsKeptAndTheOtherAskedFor(string text, bool likelihoodKnown, int likelihood, int impact)
    {
        var answer = RiskAnswerParser.Parse(text, likelihoodKnown);
        Assert.Equal((RiskAnswerKind.Half, likelihood, impact), (answer.Kind, answer.Likelihood, answer.Impact));
    }
}
