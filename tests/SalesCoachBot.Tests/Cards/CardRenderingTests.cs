using SalesCoach.Knowledge.Answers;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Kpi;
using SalesCoach.Tests.EndToEnd;

namespace SalesCoach.Tests.Cards;

/// <summary>The cards every conversation can show, through Microsoft's renderer in Chromium, in both languages.</summary>
public sealed class CardRenderingTests
{
    [BrowserFact]
    public async Task The_renderer_reports_a_broken_card_so_a_clean_result_means_something()
    {
        var broken = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"NoSuchElement"},{"type":"Input.Text"}]}""";
        var result = await AdaptiveCardsRenderer.RenderAsync(broken);
        Assert.Contains(result.ParseErrors, e => e.Contains("NoSuchElement"));
        Assert.Contains(result.ParseErrors, e => e.Contains("Id", StringComparison.OrdinalIgnoreCase));
    }

    [BrowserFact]
    public async Task Welcome_kpi_and_knowledge_cards_render_without_errors_in_chinese_and_english()
    {
        var answer = new KnowledgeAnswer(AnswerMode.Extractive, "回访要在成交后一周内完成。", "zh", "zh",
            [new Citation("sales-admin-guide.zh.txt", "客户回访", "七、客户关系管理 > 1、客户回访", 3.2)], []);
        string[] cards =
        [
            WelcomeCard.Build("zh-CN"),
            WelcomeCard.Build("en-US"),
            KpiCard.Build("zh-CN", "本月销售额", "全公司 · 2026-11-01 至 2026-11-27", [("销售额", "¥1,234,567"), ("环比", "+5.2%")],
                null, null, "数据截至今天", [("上个月呢?", "那上个月呢?")]),
            KnowledgeCard.Build(answer, "zh-CN", "怎么做客户回访?"),
            KnowledgeCard.Build(answer, "en-US", "how do I do customer callbacks?"),
        ];

        var results = await AdaptiveCardsRenderer.RenderAsync(cards);

        Assert.Equal(cards.Length, results.Count);
        Assert.All(results, r => Assert.True(r.ParseErrors.Count == 0 && r.Rendered, r.ToString()));
        Assert.Contains("销售教练", results[0].Text);
        Assert.Contains("SalesCoach", results[1].Text);
        Assert.Contains("¥1,234,567", results[2].Text);
        Assert.Equal(["上个月呢?"], results[2].ActionTitles);
        Assert.Contains("回访要在成交后一周内完成", results[3].Text);
        Assert.Equal(2, results[3].ActionTitles.Count);
        Assert.Equal(2, results[4].ActionTitles.Count);
    }
}
