using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Risk;
using SalesCoach.Tests.Cards;
using SalesCoach.Tests.EndToEnd;

namespace SalesCoach.Tests.Risk;

/// <summary>The risk cards (rating and result) through Microsoft's adaptivecards renderer in Chromium, in both languages.</summary>
public sealed class RiskCardRenderingTests
{
    private static RiskDraft Draft()
    {
        var signal = new RiskSignal("customer_concentration", RiskSignalKind.CustomerConcentration, 4, 4, 0.351, 1, 5, 365, "大华集团", Secondary: 0.75);
        return new RiskDraft
        {
            ScopeKind = KpiScopeKind.Team, ScopeId = "east-1", ScopeName = "华东一组", ViewerId = "m1", ViewerName = "东经理", OwnerId = "m1", OwnerName = "东经理",
            Items = RiskCatalogue.All.Select(r => new RiskDraftItem { Key = r.Key, Signal = r.Key == signal.RiskKey ? signal : null }).ToList(),
        };
    }

    private static RiskAssessment Assessment()
    {
        var draft = Draft();
        foreach (var (item, i) in draft.Items.Select((item, i) => (item, i)))
        {
            if (item.Key == "market") { item.Skipped = true; continue; }
            item.Likelihood = item.Signal?.Likelihood ?? 1 + i % 5;
            item.Impact = item.Signal?.Impact ?? 1 + (i * 2) % 5;
        }
        var assessment = RiskResultBuilder.ToAssessment(draft, "zh-CN", DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        assessment.Id = 42;
        return assessment;
    }

    [BrowserFact]
    public async Task RatingAndResultCardsRenderWithTheirInputsAndActionsInChineseAndEnglish()
    {
        var draft = Draft();
        var concentration = draft.Items.Single(i => i.Key == "customer_concentration");
        var technology = draft.Items.Single(i => i.Key == "technology");
        var assessment = Assessment();
        var ranked = RiskResultBuilder.Ranked(assessment);
        var png = new RiskHeatMap(Options.Create(new ChartOptions()), NullLogger<RiskHeatMap>.Instance)
            .Draw("风险矩阵", "可能性", "影响", ranked.Select((r, i) => (i + 1, r.Likelihood, r.Impact)).ToList());
        string[] cards =
        [
            RiskRatingCard.Build("zh-CN", draft, concentration),
            RiskRatingCard.Build("en-US", draft, technology),
            RiskResultCard.Build("zh-CN", assessment, ranked, png, "已保存", ["与上次评估（2026-11-01）相比：", "- 客户集中度风险 12 → 16 ↑"]),
            RiskResultCard.Build("en-US", assessment, ranked, png, "saved", ["This is the first risk check of this scope."]),
        ];

        var results = await AdaptiveCardsRenderer.RenderAsync(cards);

        Assert.All(results, r => Assert.True(r.ParseErrors.Count == 0 && r.Rendered, r.ToString()));
        Assert.Equal(["riskLikelihood", "riskImpact"], results[0].InputIds);
        Assert.Equal(["确定", "跳过", "取消"], results[0].ActionTitles);
        Assert.Contains("风险 7/9：客户集中度风险（外部）", results[0].Text);
        Assert.Contains("“大华集团”占销售额 35.1%", results[0].Text);
        Assert.Equal(["Rate", "Skip", "Cancel"], results[1].ActionTitles);
        Assert.Contains("Risk 3/9: Technology risk (internal)", results[1].Text);

        var expectedInputs = ranked.SelectMany(r => new[] { "response_" + r.RiskKey, "owner_" + r.RiskKey, "due_" + r.RiskKey }).ToList();
        Assert.Equal(expectedInputs, results[2].InputIds);
        Assert.DoesNotContain("response_market", results[2].InputIds);
        Assert.Equal(["保存修改"], results[2].ActionTitles);
        Assert.Contains("客户集中度风险: 4 × 4 = 16 (高)", results[2].Text);
        Assert.Contains("1. 竞争对手风险: 5 × 4 = 20 (高)", results[2].Text);
        Assert.Contains("客户集中度风险 12 → 16 ↑", results[2].Text);
        Assert.Equal(["Save changes"], results[3].ActionTitles);
        Assert.Contains("Customer concentration risk: 4 × 4 = 16 (high)", results[3].Text);
    }
}
