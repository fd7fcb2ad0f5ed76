using SalesCoach.Data.Goals;
using SalesCoach.Skills.Goals;
using SalesCoach.Tests.Cards;
using SalesCoach.Tests.EndToEnd;

namespace SalesCoach.Tests.Goals;

/// <summary>The goal cards through Microsoft's adaptivecards renderer in Chromium, in both languages.</summary>
public sealed class GoalCardRenderingTests
{
    private static readonly GoalText Text = new("CNY", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    private static Goal Goal() => new()
    {
        Id = 42, OwnerKind = GoalOwnerKind.Rep, OwnerId = "r1", OwnerName = "张伟", TeamId = "east-1", Metric = "revenue", Target = 1200m,
        StartsAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)), Deadline = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        SetById = "r1", Status = GoalStatus.Draft,
    };

    private static SmartLine[] Lines(string a) => [new("S", true, "S-line"), new("M", true, "M-line"), new("A", false, a), new("R", false, "R-line"), new("T", true, "T-line")];

    [BrowserFact]
    public async Task TheConfirmationAndProgressCardsRenderWithTheirInputsAndButtons()
    {
        var pace = GoalPaceCalculator.Compute(600m, 1200m, true, true, Goal().StartsAt, Goal().Deadline, Goal().StartsAt.AddDays(15.5));
        string[] cards =
        [
            GoalCard.Draft(Goal(), Lines("挑战目标：需要提升 +50.0%"), Text, "zh-CN"),
            GoalCard.Draft(Goal(), Lines("Stretch goal: needs +50.0%"), Text, "en-US"),
            GoalCard.Progress([(Goal(), pace)], Text, "zh-CN"),
            GoalCard.Progress([(Goal(), pace)], Text, "en-US"),
        ];

        var results = await AdaptiveCardsRenderer.RenderAsync(cards);

        Assert.All(results, r => Assert.True(r.ParseErrors.Count == 0 && r.Rendered, r.ToString()));
        foreach (var draft in results.Take(2))
            Assert.Equal([GoalCard.TargetInput, GoalCard.DeadlineInput, GoalCard.RelevanceInput], draft.InputIds);
        Assert.Equal(["确认", "重新检查", "取消"], results[0].ActionTitles);
        Assert.Equal(["Confirm", "Re-check", "Cancel"], results[1].ActionTitles);
        Assert.Contains("确认目标", results[0].Text);
        Assert.Contains("¥1,200.00", results[0].Text);
        Assert.Contains("2026-12-01 至 2026-12-31", results[0].Text);
        Assert.Contains("挑战目标：需要提升 +50.0%", results[0].Text);
        Assert.Contains("Confirm the goal", results[1].Text);
        Assert.Contains("Stretch goal: needs +50.0%", results[1].Text);
        Assert.Contains("完成率", results[2].Text);
        Assert.Contains("50.0%", results[2].Text);
        Assert.Contains("Forecast at deadline", results[3].Text);
        Assert.Empty(results[2].ActionTitles);
    }
}
