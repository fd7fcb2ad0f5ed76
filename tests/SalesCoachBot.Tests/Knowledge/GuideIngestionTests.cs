using SalesCoach.Knowledge.Ingestion;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>The real captured web page (../shared/knowledge): the guide's outline is recovered and its page furniture is gone.</summary>
public sealed class GuideIngestionTests
{
    private static readonly Lazy<SalesCoach.Knowledge.Documents.KnowledgeSource> Guide = new(() => DocumentIngestor.Read(TestKnowledge.GuidePath));

    [SharedFact(SharedFiles.Guide)]
    public void TheGuideHasItsTwelvePartsAndTheFaq()
    {
        var tops = Guide.Value.Passages.Select(p => p.Section.FirstOrDefault() ?? "").Where(s => s.Length > 0).Distinct().ToList();

        Assert.Equal("销售管理员如何做", Guide.Value.Title);
        Assert.Equal(13, tops.Count);
        Assert.Equal("一、制定销售策略", tops[0]);
        Assert.Equal("十二、销售文化建设", tops[11]);
        Assert.Equal("相关问答FAQs", tops[12]);
        Assert.Contains(Guide.Value.Passages, p => p.SectionPath == "十、销售风险管理 > 2、风险评估 > 风险矩阵");
        Assert.Contains(Guide.Value.Passages, p => p.SectionPath == "相关问答FAQs > 2. 如何提高销售团队的绩效?");
    }

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("打赏")]
    [InlineData("扫一扫")]
    [InlineData("上一篇")]
    [InlineData("下一篇")]
    [InlineData("相关推荐")]
    [InlineData("转载请注明")]
    [InlineData("发款员")]
    [InlineData("证券股")]
    [InlineData("登录后才能评论")]
    [InlineData("400-800-1024")]
    [InlineData("返回顶部")]
    [InlineData("worktile的头像")]
    public void PageFurnitureIsNotKnowledge(string furniture)
    {
        Assert.DoesNotContain(Guide.Value.Passages, p => p.Text.Contains(furniture, StringComparison.Ordinal) || p.SectionPath.Contains(furniture, StringComparison.Ordinal));
    }

    [SharedFact(SharedFiles.Guide)]
    public void TheLastFaqAnswerIsKeptWhole()
    {
        var faq = Guide.Value.Passages.Single(p => p.SectionPath == "相关问答FAQs > 3. 如何优化销售流程?");

        Assert.Contains("根据反馈不断改进和优化", faq.Text);
    }
}
