using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Identity;

/// <summary>Asks the bot one question through the embedded Direct Line (as the web chat does) or over /api/messages as a given user.</summary>
public static class WebChatAsk
{
    /// <summary>The answer alone: a first message in a new conversation also brings the welcome, so one greeting goes first.</summary>
    public static async Task<string> OverMessagesAsync(BotServer server, string userId, string text)
    {
        var chat = new ChatTranscript(server.Client, userId);
        await chat.SayAsync("你好");
        return await chat.SayAsync(text);
    }

    /// <summary>Starts the token's conversation, posts <paramref name="text"/> and returns the readable replies to it.</summary>
    public static async Task<string> ThroughDirectLineAsync(DirectLineTestClient client, JsonObject grant, string text)
    {
        var (id, token) = (grant["conversationId"]!.GetValue<string>(), grant["token"]!.GetValue<string>());
        using (var started = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token)) Assert.True(started.IsSuccessStatusCode);
        var message = new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "zh-CN", ["from"] = new JsonObject { ["id"] = "ignored" } };
        string postedId;
        using (var posted = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", token, message.ToJsonString()))
            postedId = (await client.ReadAsync(posted))["id"]!.GetValue<string>();
        // An answer may be several activities (text, then a card): wait until the replies stop growing for half a second.
        var (seen, quiet) = (0, 0);
        var all = await client.PollAsync(id, token, a =>
        {
            var count = a.Count(x => x!["replyToId"]?.GetValue<string>() == postedId);
            quiet = count > 0 && count == seen ? quiet + 1 : 0;
            seen = count;
            return quiet >= 5;
        });
        return ExpectRepliesClient.ReadableText([.. all.Where(x => x!["replyToId"]?.GetValue<string>() == postedId).Select(x => x!.DeepClone())]);
    }
}
