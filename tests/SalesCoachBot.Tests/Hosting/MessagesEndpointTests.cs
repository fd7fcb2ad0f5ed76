using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task HelpInChineseIsAnsweredInChinese()
    {
        await using var server = await BotServer.StartAsync();
        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("帮助", "zh-CN"));
        var text = ExpectRepliesClient.ReadableText(replies);
        Assert.Contains("可以这样问我", text);
        Assert.DoesNotContain("Things you can ask me", text);
        Assert.All(replies, r => Assert.Equal("zh-CN", r!["locale"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HelpInEnglishIsAnsweredInEnglish()
    {
        await using var server = await BotServer.StartAsync();
        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("help", "en-US"));
        var text = ExpectRepliesClient.ReadableText(replies);
        Assert.Contains("Things you can ask me", text);
        Assert.DoesNotContain("可以这样问我", text);
    }

    [Fact]
    public async Task HealthzReportsOk()
    {
        await using var server = await BotServer.StartAsync();
        var body = await server.Client.GetStringAsync("healthz");
        Assert.Contains("ok", body);
    }
}
