using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Playbook;

namespace SalesCoach.Tests.Knowledge;

/// <summary>A two-language playbook fixture in the authored format (ids on headings, guide: lines), independent of the shipped one.</summary>
internal static class TestPlaybook
{
    public const string Chinese = """
        # 销售管理手册

        ## 风险管理 {#risk}
        <!-- guide: 十、销售风险管理 -->
        先识别风险，再评估，最后控制。

        ### 风险矩阵 {#risk-matrix}
        <!-- guide: 十、销售风险管理 > 2、风险评估 > 风险矩阵 -->
        用**可能性**和影响程度两个维度给每个风险打分，排出先后。

        ## 节日问候 {#greetings}
        重要客户的节日问候由客户经理亲自发送。
        """;

    public const string English = """
        # Sales Management Playbook

        ## Risk management {#risk}
        <!-- guide: 十、销售风险管理 -->
        Identify risks first, then assess them, then control them.

        ### Risk matrix {#risk-matrix}
        <!-- guide: 十、销售风险管理 > 2、风险评估 > 风险矩阵 -->
        Score every risk on a grid of likelihood against impact and handle the worst corner first.

        ## Holiday greetings {#greetings}
        Account managers send holiday greetings to key accounts themselves.
        """;

    public static IReadOnlyList<Passage> Passages { get; } =
    [
        .. PlaybookParser.Parse(Chinese, "playbook.zh-CN.md", "zh"),
        .. PlaybookParser.Parse(English, "playbook.en-US.md", "en"),
    ];
}
