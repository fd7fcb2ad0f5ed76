using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Goals;

/// <summary>
/// Goal transcripts in English: a lower-is-better metric (response time) judged by its fall, card confirmation
/// with an edited deadline and a team-goal note, "my goals", and the same edge cases as in Chinese.
/// </summary>
public sealed class EnglishGoalTranscriptTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "false" });
        await GoalCompany.WriteAsync(_server.Services);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ChatTranscript As(string user) => new(_server, user, "en-US");

    [Fact]
    public async Task AResponseTimeGoalIsJudgedByHowFarItMustFall()
    {
        var manager = As(EastManager);
        // The directory's names are Chinese; a Chinese name in a message would switch the reply language unless English was chosen.
        await manager.SayAsync("English please");
        var text = await manager.SayAsync("set a goal for 李娜: response time 5 hours next month");
        // 6 h last month -> 5 h is a 16.7% fall; the best fall before was 8 h -> 6 h, 25.0%.
        Assert.Contains("Achievable: needs +16.7%", text);
        Assert.Contains("+25.0%", text);
        Assert.Contains("6.0", text);
        var stretched = await manager.SubmitAsync(manager.Button("Re-check"), new Dictionary<string, string> { ["goalTarget"] = "4" });
        // 4 h needs a 33.3% fall: more than ever achieved.
        Assert.Contains("Stretch goal: needs +33.3%", stretched);
    }

    [Fact]
    public async Task TheCardsInputsAreSavedOnConfirm()
    {
        var rep = As(EastRep);
        await rep.SayAsync("set a goal: revenue 1000 next month");
        var deadline = DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-15");
        var text = await rep.SubmitAsync(rep.Button("Confirm"), new Dictionary<string, string>
        {
            ["goalTarget"] = "1500", ["goalDeadline"] = deadline, ["goalRelevance"] = "supports the East team's Q1 push",
        });
        Assert.Contains("Goal saved", text);
        Assert.Contains("¥1,500.00", text);
        Assert.Contains(deadline, text);
        text = await rep.SayAsync("my goals");
        Assert.Contains("Goal progress", text);
        Assert.Contains("¥1,500.00", text);
    }

    [Fact]
    public async Task ATypedConfirmationCanSayWhichTeamGoalItServes()
    {
        var rep = As(EastRep);
        var text = await rep.SayAsync("set a goal: order count 30 next month");
        Assert.Contains("Which team goal does it serve?", text);
        Assert.Contains("Goal saved", await rep.SayAsync("confirm, it serves the East team's Q1 order drive"));
        Assert.Contains("order count", (await rep.SayAsync("my goals")).ToLowerInvariant());
    }

    [Fact]
    public async Task AnUnknownPersonIsAskedAgain()
    {
        var manager = As(EastManager);
        var text = await manager.SayAsync("set a goal for Zhao Liu: revenue 5000 next month");
        Assert.Contains("can't find \"Zhao Liu\"", text);
        await manager.SayAsync("English please");
        text = await manager.SayAsync("张伟");
        Assert.Contains("Revenue for 张伟, target ¥5,000.00", text);
    }

    [Fact]
    public async Task ADeadlineInThePastIsRefused()
    {
        var rep = As(EastRep);
        var text = await rep.SayAsync("set a goal: revenue 2000 by last month");
        Assert.Contains("is already in the past", text);
        Assert.Null(rep.GoalCard());
    }

    [Fact]
    public async Task ANonNumericTargetIsAskedAgain()
    {
        var rep = As(EastRep);
        Assert.Contains("What is the target?", await rep.SayAsync("set a revenue goal"));
        var text = await rep.SayAsync("a lot");
        Assert.Contains("\"a lot\" is not a target I can measure", text);
    }

    [Fact]
    public async Task CancellingHalfwaySavesNothing()
    {
        var rep = As(EastRep);
        await rep.SayAsync("set a revenue goal");
        Assert.Contains("cancelled", await rep.SayAsync("cancel"));
        Assert.Contains("no goals you can see", await rep.SayAsync("my goals"));
    }

    [Theory]
    [InlineData("set a goal for our team: conversion rate 40% next month")]
    [InlineData("set a goal for our team: conversion rate 0.4 next month")]
    public async Task APercentageTargetIsReadAsPercent(string message)
    {
        var text = await As(EastManager).SayAsync(message);
        Assert.Contains("target 40.0%", text);
        Assert.DoesNotContain("4000", text);
    }

    [Fact]
    public async Task ARepMayNotSetAGoalForTheirTeam()
    {
        var rep = As(EastRep);
        var text = await rep.SayAsync("set a goal for our team: revenue 5000 next month");
        Assert.Contains("A sales rep can set goals for themselves only", text);
    }
}
