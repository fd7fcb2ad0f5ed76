using SalesCoach.Knowledge.Evaluation;

namespace SalesCoach.Tests.Knowledge;

public sealed class SectionMatcherTests
{
    [Theory]
    [InlineData("十、销售风险管理 > 2、风险评估", "十、销售风险管理 > 2、风险评估", true)]
    [InlineData("十、销售风险管理 > 2、风险评估 > 风险矩阵", "十、销售风险管理 > 2、风险评估", true)]
    [InlineData("十、销售风险管理 > 2、风险评估", "十、销售风险管理 > 2、风险评估 > 风险矩阵", false)]
    [InlineData("十、销售风险管理 > 2、风险评估2", "十、销售风险管理 > 2、风险评估", false)]
    [InlineData("九、销售团队激励 > 1、物质激励 > 绩效奖金", "三、管理销售团队 > 2、激励机制 > 绩效奖励", true)]
    [InlineData("七、销售工具与技术 > 1、销售管理软件 > CRM系统", "五、客户关系管理 > 1、客户数据管理 > CRM系统", true)]
    [InlineData("七、销售工具与技术 > 2、数据分析工具", "五、客户关系管理 > 1、客户数据管理 > CRM系统", false)]
    [InlineData("相关问答FAQs > 3. 如何优化销售流程?", "3. 如何优化销售流程?", true)]
    [InlineData("相关问答FAQs > 3. 如何优化销售流程?", "2. 如何提高销售团队的绩效?", false)]
    [InlineData("二、监控销售绩效 > 3、定期评估与反馈 > 绩效评估会", "3、定期评估与反馈", true)]
    public void ACitationCountsForItsSectionItsSubsectionsAndTheListedTwins(string cited, string expected, bool matches)
    {
        Assert.Equal(matches, SectionMatcher.Matches(cited, expected));
    }

    [Fact]
    public void TheTextBeforeTheFirstHeadingIsNamedByTheDocumentsTitle()
    {
        Assert.True(SectionMatcher.Matches("", "销售管理员如何做", "销售管理员如何做"));
        Assert.False(SectionMatcher.Matches("一、制定销售策略", "销售管理员如何做", "销售管理员如何做"));
    }
}
