using System.Net;
using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.DirectLine;

public sealed class EmbeddedDirectLineTests : IAsyncLifetime
{
    private BotServer _server = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync();
        _client = new DirectLineTestClient(_server.Client);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AConversationStartsWithAWelcomeInTheBrowsersLanguage()
    {
        var grant = await _client.GetTokenAsync("en-US,en;q=0.8");
        var (id, token) = (grant["conversationId"]!.GetValue<string>(), grant["token"]!.GetValue<string>());
        using var started = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var activities = await _client.PollAsync(id, token, a => a.Any(ExpectRepliesClient.HasCard));
        Assert.Contains("What I can do", ExpectRepliesClient.ReadableText(activities));
    }

    [Fact]
    public async Task APostedMessageComesBackWithItsIdAndClientActivityIdFollowedByTheReply()
    {
        var (id, token) = await StartAsync();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "someone-else" },
            ["text"] = "帮助",
            ["locale"] = "zh-CN",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-42" },
        };
        using var posted = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", token, activity.ToJsonString());
        var postedId = (await _client.ReadAsync(posted))["id"]!.GetValue<string>();

        var all = await _client.PollAsync(id, token, a => a.Any(x => x!["text"]?.GetValue<string>()?.Contains("可以这样问我") == true));
        var echo = all.Single(a => a!["id"]!.GetValue<string>() == postedId)!;
        Assert.Equal("client-42", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        // The token decides who speaks, not the body: no impersonation of another user.
        Assert.NotEqual("someone-else", echo["from"]!["id"]!.GetValue<string>());
        Assert.StartsWith("dl_", echo["from"]!["id"]!.GetValue<string>());
        var reply = all.Last()!;
        Assert.Equal(postedId, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheWatermarkReturnsOnlyNewActivities()
    {
        var (id, token) = await StartAsync();
        using var first = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}/activities", token);
        var page = await _client.ReadAsync(first);
        var watermark = page["watermark"]!.GetValue<string>();
        using var again = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}/activities?watermark={watermark}", token);
        var next = await _client.ReadAsync(again);
        Assert.Empty(next["activities"]!.AsArray());
        Assert.Equal(watermark, next["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherConversationsTokenGets403()
    {
        var (id, _) = await StartAsync();
        var (_, otherToken) = await StartAsync();
        using var read = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}/activities", otherToken);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        using var post = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", otherToken, "{\"type\":\"message\",\"text\":\"hi\"}");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}", otherToken);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("dl1.eyJDb252IjoieCIsIlVzZXIiOiJ5IiwiSWF0IjowLCJFeHAiOjk5OTk5OTk5OTl9.forged")]
    public async Task MissingOrForgedTokensGet401(string? token)
    {
        var (id, _) = await StartAsync();
        using var read = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}/activities", token);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        using var start = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.Unauthorized, start.StatusCode);
    }

    [Fact]
    public async Task ARefreshedTokenKeepsWorkingForTheSameConversation()
    {
        var (id, token) = await StartAsync();
        using var refreshed = await _client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        var body = await _client.ReadAsync(refreshed);
        Assert.Equal(id, body["conversationId"]!.GetValue<string>());
        using var read = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}/activities", body["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task ReconnectingReturnsTheConversation()
    {
        var (id, token) = await StartAsync();
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}?watermark=1", token);
        Assert.Equal(id, (await _client.ReadAsync(reconnect))["conversationId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"conversationUpdate\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\",\"text\":{\"x\":1}}", HttpStatusCode.BadRequest)]
    public async Task MalformedActivitiesGet400(string body, HttpStatusCode expected)
    {
        var (id, token) = await StartAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", token, body);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizedActivityGets413()
    {
        var (id, token) = await StartAsync();
        var body = new JsonObject { ["type"] = "message", ["text"] = new string('x', 300 * 1024) }.ToJsonString();
        using var response = await _client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", token, body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TheLocalConnectorRejectsCallersWithoutTheProcessKey()
    {
        var (id, _) = await StartAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, $"directline/connector/v3/conversations/{id}/activities", null, "{\"type\":\"message\",\"text\":\"spoofed bot message\"}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<(string Id, string Token)> StartAsync()
    {
        var grant = await _client.GetTokenAsync();
        var token = grant["token"]!.GetValue<string>();
        using var started = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        started.EnsureSuccessStatusCode();
        return (grant["conversationId"]!.GetValue<string>(), token);
    }
}
