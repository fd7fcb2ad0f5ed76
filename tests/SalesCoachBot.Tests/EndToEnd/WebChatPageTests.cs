using System.Text.RegularExpressions;
using SalesCoach.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>The web chat page at / with the real Web Chat bundle, in headless Chromium with a Chinese browser.</summary>
public sealed class WebChatPageTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task ChineseBrowserSeesTheWelcomeCardGetsHelpInChineseAndFailuresAreExplained()
    {
        await using var server = await BotServer.StartAsync();
        var screenshot = NodeScript.ArtifactPath("webchat.png");

        var result = await NodeScript.RunAsync(output, "webchat-browser.mjs", server.BaseUri, screenshot);

        Assert.True(result.ExitCode == 0, result.Describe());
        var facts = result.Facts;
        Assert.True(facts["ok"]!.GetValue<bool>(), result.Describe());
        Assert.Equal(200, facts["tokenStatus"]!.GetValue<int>());
        // Web Chat took the page's zh-CN locale: its own placeholder is Chinese, not "Type your message".
        Assert.Matches(new Regex(@"\p{IsCJKUnifiedIdeographs}"), facts["sendBoxPlaceholder"]!.GetValue<string>());
        Assert.Equal(1, facts["welcomeCardCount"]!.GetValue<int>());
        Assert.Contains("帮助", facts["welcomeCardButtons"]!.AsArray().Select(b => b!.GetValue<string>()));
        Assert.Contains("可以这样问我", facts["helpReply"]!.GetValue<string>());
        Assert.False(facts["sendFailedShown"]!.GetValue<bool>());
        Assert.True(File.Exists(screenshot), $"no screenshot at {screenshot}");

        // The page's own failures (no bundle on the server, no token) are explained in both languages.
        Assert.Contains("聊天组件未安装", facts["bundleMissingText"]!.GetValue<string>());
        Assert.Contains("The chat component is not installed", facts["bundleMissingText"]!.GetValue<string>());
        Assert.Contains("无法连接到销售教练", facts["tokenFailureText"]!.GetValue<string>());
        Assert.Contains("Could not connect to SalesCoachBot", facts["tokenFailureText"]!.GetValue<string>());
    }
}
