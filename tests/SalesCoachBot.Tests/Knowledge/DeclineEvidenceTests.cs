using SalesCoach.Knowledge.Answers;

namespace SalesCoach.Tests.Knowledge;

/// <summary>
/// The kinds of fact a guide gives only when it says so (another industry, which equipment to buy) are checked against
/// the passage in its own language, and equipment only when something is to be bought.
/// </summary>
public sealed class DeclineEvidenceTests
{
    private const string Communication = "销售管理员可以通过电话、邮件、社交媒体等多种渠道,与客户保持沟通。";

    [Theory]
    [InlineData("How should my reps follow up with customers by phone?")]
    [InlineData("销售用手机跟客户沟通要注意什么?")]
    [InlineData("Should reps call customers on the phone or email them?")]
    public void AnEnglishOrChineseQuestionMentioningAPhoneIsNotAPurchaseQuestion(string question) =>
        Assert.Null(AnswerPolicy.UnsupportedAsk(question, Communication));

    [Theory]
    [InlineData("Which laptops should I buy for my sales team?")]
    [InlineData("给销售团队采购什么牌子的笔记本电脑?")]
    public void BuyingEquipmentTheGuideDoesNotNameIsDeclined(string question) =>
        Assert.Equal("equipment", AnswerPolicy.UnsupportedAsk(question, Communication));

    [Fact]
    public void CountingSomethingIsNotAskingForAStatisticButAskingForAnAverageFigureIs()
    {
        const string metrics = "销售管理员需要根据销售流程的各个环节,制定出相应的监控指标,如订单处理时间、客户响应时间等。";

        Assert.Null(AnswerPolicy.UnsupportedAsk("订单处理时间要不要统计?", metrics));
        Assert.Null(AnswerPolicy.UnsupportedAsk("Should we track the average response time to customers?", metrics));
        Assert.Equal("statistic", AnswerPolicy.UnsupportedAsk("行业平均成交率是多少?", metrics));
        Assert.Equal("statistic", AnswerPolicy.UnsupportedAsk("What is the average win rate for B2B sales teams?", metrics));
    }

    [Fact]
    public void AnIndustryIsFoundInAChinesePassageThroughTheDictionaryAndDeclinedWhenAbsent()
    {
        const string retail = "在零售行业,销售管理员需要关注门店的客户沟通。";

        Assert.Null(AnswerPolicy.UnsupportedAsk("How do retail sales managers keep in touch with customers?", retail));
        Assert.Equal("industry", AnswerPolicy.UnsupportedAsk("How do retail sales managers keep in touch with customers?", Communication));
        Assert.Equal("industry", AnswerPolicy.UnsupportedAsk("医院的销售团队怎么管理?", Communication));
        // A phrase is one sense or nothing: "training companies" is not found through "training" (培训).
        Assert.Equal("industry", AnswerPolicy.UnsupportedAsk("How do training companies manage their sales teams?", "销售培训是提升销售人员能力的重要手段。"));
    }
}
