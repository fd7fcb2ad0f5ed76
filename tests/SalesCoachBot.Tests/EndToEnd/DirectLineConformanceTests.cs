using SalesCoach.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>The embedded Direct Line endpoint as the official botframework-directlinejs client sees it.</summary>
public sealed class DirectLineConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task OfficialClientGetsItsEchoAndTheBotsReplyAndTokensStayInTheirConversation()
    {
        await using var server = await BotServer.StartAsync();

        var result = await NodeScript.RunAsync(output, "directline-conformance.mjs", server.BaseUri);

        Assert.True(result.ExitCode == 0, result.Describe());
        var facts = result.Facts;
        Assert.True(facts["ok"]!.GetValue<bool>(), result.Describe());
        // Web Chat matches its pending message to the echo by clientActivityID and needs the echo's id.
        Assert.True(facts["echo"]!["clientActivityID"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(facts["echo"]!["id"]!.GetValue<string>()));
        Assert.True(facts["echo"]!["sameIdAsPost"]!.GetValue<bool>(), "the echo's id differs from the id POST returned");
        Assert.Equal("zh-CN", facts["helpReply"]!["locale"]!.GetValue<string>());
        Assert.True(facts["welcomeCardReceived"]!.GetValue<bool>(), "no welcome card when the conversation started");
        Assert.True(facts["conversationMatchesToken"]!.GetValue<bool>(), "the client ended up in another conversation than its token's");
        Assert.Contains("Online", facts["connectionStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(403, facts["foreignToken"]!["get"]!.GetValue<int>());
        Assert.Equal(403, facts["foreignToken"]!["post"]!.GetValue<int>());
        Assert.Contains(facts["noToken"]!["get"]!.GetValue<int>(), new[] { 401, 403 });
    }
}
