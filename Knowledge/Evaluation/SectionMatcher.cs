using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Evaluation;

/// <summary>
/// Whether a cited section answers for the expected one: the same section or one below it, or a section under
/// a twin part, where the guide says the same thing twice (the eval README lists these twins).
/// </summary>
public static class SectionMatcher
{
    private static readonly string[][] Twins =
    [
        ["三、管理销售团队 > 2、激励机制", "九、销售团队激励"],
        ["三、管理销售团队 > 1、团队建设", "十二、销售文化建设 > 2、文化活动"],
        ["二、监控销售绩效 > 2、数据收集与分析", "七、销售工具与技术 > 2、数据分析工具"],
        ["四、优化销售流程 > 2、流程优化", "五、客户关系管理 > 1、客户数据管理", "七、销售工具与技术 > 1、销售管理软件"],
        ["二、监控销售绩效 > 1、建立绩效指标", "十一、销售绩效评估 > 1、绩效评估指标"],
    ];

    /// <param name="title">The cited document's title: a question set names the text before the first heading by it.</param>
    public static bool Matches(string cited, string expected, string? title = null)
    {
        expected = SectionPaths.Join(SectionPaths.Split(expected));
        if (SectionPaths.IsWithin(cited, expected)) return true;
        // The text before the first heading, named by the document's title ("销售管理员如何做").
        if (cited.Length == 0 && title is not null && expected == title) return true;
        // A section named by its last headings only ("3. 如何优化销售流程?" for "相关问答FAQs > 3. 如何优化销售流程?").
        if (expected.Length > 0 && (SectionPaths.Separator + cited + SectionPaths.Separator).Contains(SectionPaths.Separator + expected + SectionPaths.Separator, StringComparison.Ordinal))
            return true;
        foreach (var twins in Twins)
        {
            if (twins.Any(t => SectionPaths.IsWithin(expected, t)) && twins.Any(t => SectionPaths.IsWithin(cited, t))) return true;
        }
        return false;
    }
}
