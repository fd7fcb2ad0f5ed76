using SalesCoach.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>The bot behind Microsoft 365 Agents Playground, the Teams emulator, driven in headless Chromium.</summary>
public sealed class AgentsPlaygroundTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task PlaygroundShowsOneWelcomeAndAnswersHelp()
    {
        await using var server = await BotServer.StartAsync();
        var screenshot = NodeScript.ArtifactPath("agents-playground.png");

        var result = await NodeScript.RunAsync(output, "playground.mjs", server.BaseUri, screenshot);

        Assert.True(result.ExitCode == 0, result.Describe());
        var facts = result.Facts;
        Assert.True(facts["ok"]!.GetValue<bool>(), result.Describe());
        // installationUpdate and conversationUpdate reach the bot together; the user must be welcomed once.
        Assert.True(facts["welcomeCount"]!.GetValue<int>() == 1, $"welcome shown {facts["welcomeCount"]} times: {facts["welcomeTitles"]}");
        // The playground's client speaks en-US.
        Assert.Contains("Things you can ask me", facts["helpReply"]!.GetValue<string>());
        Assert.False(facts["turnErrorShown"]!.GetValue<bool>(), "the bot showed its turn-error message");
        var responses = facts["botResponses"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains("installationUpdate 200", responses);
        Assert.Contains("message 200", responses);
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");
    }
}
