using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

public sealed class BadInputTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("{bad json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"t\",\"serviceUrl\":\"not a url\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"t\",\"serviceUrl\":\"http://127.0.0.1:9/\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"t\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"c\"},\"from\":\"me\"}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"t\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"c\"},\"text\":{\"a\":1}}")]
    public async Task MalformedActivitiesGetA400AndTheServiceKeepsServing(string body)
    {
        using var response = await _server.Client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task NonJsonContentIsRejected()
    {
        using var response = await _server.Client.PostAsync("api/messages", new StringContent("help", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityTypesAreAcceptedWithoutReply()
    {
        var activity = Activities.Message("x");
        activity["type"] = "somethingNew";
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, activity);
        Assert.Empty(replies);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task AOneMegabyteMessageGetsAPoliteReply()
    {
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, Activities.Message(new string('长', 1024 * 1024), conversationId: "big"));
        Assert.Contains("太长", ExpectRepliesClient.ReadableText(replies));
        await AssertStillServesAsync();
    }

    [Theory]
    [InlineData("\u0000\u0001\u0002help\u0007")]
    [InlineData("\u202ehelp\u202d")]
    [InlineData("\ud800 lone surrogate")]
    [InlineData("👩🏽‍💼🚀 𠜎𠜱 ⅧⅨ ｈｅｌｐ")]
    [InlineData("   ")]
    [InlineData("")]
    public async Task OddTextGetsAPoliteReply(string text)
    {
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, Activities.Message(text, "en-US", conversationId: "odd-" + Guid.NewGuid().ToString("N")));
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal("message", r!["type"]!.GetValue<string>()));
        Assert.DoesNotContain("went wrong", ExpectRepliesClient.ReadableText(replies));
    }

    [Fact]
    public async Task ControlCharactersAroundACommandStillReachIt()
    {
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, Activities.Message("\u0000help\u0007", "en-US", conversationId: "ctl"));
        Assert.Contains("Things you can ask me", ExpectRepliesClient.ReadableText(replies));
    }

    [Fact]
    public async Task ACardSubmitWithoutTextIsAnsweredPolitely()
    {
        var activity = Activities.Message("", "en-US", conversationId: "card");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["action"] = "unknown" };
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, activity);
        Assert.Contains("card action", ExpectRepliesClient.ReadableText(replies));
    }

    private async Task AssertStillServesAsync()
    {
        var replies = await ExpectRepliesClient.SendAsync(_server.Client, Activities.Message("help", "en-US", conversationId: "after-" + Guid.NewGuid().ToString("N")));
        Assert.Contains("Things you can ask me", ExpectRepliesClient.ReadableText(replies));
    }
}
