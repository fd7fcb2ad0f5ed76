using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task BrokenDialogStateGetsAnApologyInTheUsersLanguageAndIsCleared()
    {
        await using var server = await BotServer.StartAsync();
        // State no version of the bot could have written: the running forms are not a list.
        var storage = server.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["test/conversations/conv-broken"] = new Dictionary<string, object>
            {
                ["CoachConversationState"] = new Dictionary<string, object> { ["Frames"] = "not-a-list", ["Welcomed"] = true },
            },
        });

        var apology = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("帮助", "zh-CN", "conv-broken"));
        Assert.Contains("出了问题", ExpectRepliesClient.ReadableText(apology));
        Assert.Empty(await storage.ReadAsync(["test/conversations/conv-broken"]));

        var next = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("帮助", "zh-CN", "conv-broken"));
        Assert.Contains("可以这样问我", ExpectRepliesClient.ReadableText(next));
    }

    [Fact]
    public async Task TheApologyIsInEnglishForAnEnglishUser()
    {
        await using var server = await BotServer.StartAsync();
        var storage = server.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["test/conversations/conv-broken-en"] = new Dictionary<string, object> { ["CoachConversationState"] = "garbage" },
        });
        var apology = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("help", "en-US", "conv-broken-en"));
        Assert.Contains("something went wrong", ExpectRepliesClient.ReadableText(apology));
    }
}
