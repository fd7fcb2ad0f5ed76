using SalesCoach.Tests.Cards;
using SalesCoach.Tests.EndToEnd;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.Training.TrainingCompany;

namespace SalesCoach.Tests.Training;

/// <summary>
/// The training cards the bot really sends (a rep's plan in Chinese, a team's ranked view in English), rendered by
/// Microsoft's adaptivecards package in Chromium: they parse at 1.5 without errors, show the evidence and the plan,
/// and carry exactly the Accept / Decline actions.
/// </summary>
public sealed class TrainingCardRenderingTests
{
    [BrowserFact]
    public async Task TheRepAndTeamCardsRenderInChineseAndEnglish()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "false" });
        await WriteAsync(server.Services);
        var zh = new ChatTranscript(server, EastManager, "zh-CN");
        await zh.SayAsync("张伟需要什么培训");
        var en = new ChatTranscript(server, EastManager, "en-US");
        await en.SayAsync("who needs coaching on my team");

        var results = await AdaptiveCardsRenderer.RenderAsync([zh.Card!.ToJsonString(), en.Card!.ToJsonString()]);

        Assert.All(results, r => Assert.True(r.ParseErrors.Count == 0 && r.Rendered, r.ToString()));
        // One "keep this session" toggle per proposed session, nothing else.
        Assert.All(results, r => Assert.NotEmpty(r.InputIds));
        Assert.All(results, r => Assert.All(r.InputIds, id => Assert.Matches(@"^trainingItem\d+$", id)));
        var (rep, team) = (results[0], results[1]);
        Assert.Equal(["接受计划", "不采纳"], rep.ActionTitles);
        Assert.Contains("张伟 的培训建议", rep.Text);
        Assert.Contains("转化率 10.0% vs 团队中位数 25.0%", rep.Text);
        Assert.Contains("实战演练", rep.Text);
        Assert.Contains("#internal-training", rep.Text);
        Assert.Contains($"建议的培训计划（编号 #{zh.PlanNumber}）", rep.Text);

        Assert.Equal(["Accept plan", "Decline"], team.ActionTitles);
        Assert.Contains("Training suggestions for 华东一组", team.Text);
        Assert.Contains("赵强", team.Text);
        Assert.Contains("Customer response time 10.0 h (gap 344.4%)", team.Text);
        Assert.Contains("one-to-one coaching", team.Text);
        Assert.True(team.Text.IndexOf("赵强", StringComparison.Ordinal) < team.Text.IndexOf("孙丽", StringComparison.Ordinal), team.Text);
    }
}
