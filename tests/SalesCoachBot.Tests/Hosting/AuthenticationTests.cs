using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

/// <summary>
/// With MicrosoftAppId set, /api/messages accepts only channel tokens the SDK can validate against the
/// issuer's published keys. The issuer is a local HTTPS stand-in (see FakeBotFrameworkIssuer); the bot
/// runs as its own process so it can trust the stand-in's certificate authority through SSL_CERT_FILE.
/// </summary>
public sealed class AuthenticationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string AppId = AuthenticatedBotFixture.AppId;
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private readonly FakeBotFrameworkIssuer _issuer = fixture.Issuer;
    private readonly BotProcess _bot = fixture.Bot;

    [Fact]
    public async Task AValidChannelTokenReachesTheBot()
    {
        using var response = await PostAsync("valid", _issuer.CreateToken(AppId, ServiceUrl));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}\n{_bot.Output}");
        Assert.Contains("Things you can ask me", body);
    }

    [Fact]
    public async Task ARequestWithoutATokenIsRejected()
    {
        using var response = await PostAsync("none", token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoTurnRanAsync("none");
    }

    [Fact]
    public async Task AForgedTokenIsRejected()
    {
        using var otherKey = RSA.Create(2048);
        using var response = await PostAsync("forged", _issuer.CreateToken(AppId, ServiceUrl, signWith: otherKey));
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await AssertNoTurnRanAsync("forged");
    }

    [Fact]
    public async Task AnExpiredTokenIsRejected()
    {
        var past = DateTime.UtcNow.AddHours(-2);
        using var response = await PostAsync("expired", _issuer.CreateToken(AppId, ServiceUrl, notBefore: past, expires: past.AddMinutes(30)));
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await AssertNoTurnRanAsync("expired");
    }

    [Fact]
    public async Task ATokenForAnotherBotIsRejected()
    {
        using var response = await PostAsync("other-bot", _issuer.CreateToken(Guid.NewGuid().ToString(), ServiceUrl));
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await AssertNoTurnRanAsync("other-bot");
    }

    [Fact]
    public async Task ATokenIssuedForAnotherServiceUrlIsRejected()
    {
        using var response = await PostAsync("other-url", _issuer.CreateToken(AppId, "https://evil.example/"));
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await AssertNoTurnRanAsync("other-url");
    }

    [Fact]
    public async Task TheWebChatStillWorksWhenTheBotRequiresChannelTokens()
    {
        // The embedded Direct Line has its own trust boundary (its tokens), so an app id must not break it.
        var client = new DirectLineTestClient(_bot.Client);
        var grant = await client.GetTokenAsync("en-US");
        var (id, token) = (grant["conversationId"]!.GetValue<string>(), grant["token"]!.GetValue<string>());
        using (var started = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token)) started.EnsureSuccessStatusCode();
        using (var posted = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{id}/activities", token, "{\"type\":\"message\",\"text\":\"help\",\"locale\":\"en-US\"}"))
            posted.EnsureSuccessStatusCode();
        var activities = await client.PollAsync(id, token, a => a.Any(x => x!["text"]?.GetValue<string>()?.Contains("Things you can ask me") == true));
        Assert.Contains(activities, ExpectRepliesClient.HasCard);
    }

    private async Task<HttpResponseMessage> PostAsync(string conversation, string? token)
    {
        var activity = Activities.Message("help", "en-US", conversationId: "auth-" + conversation);
        activity["serviceUrl"] = ServiceUrl;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _bot.Client.SendAsync(request);
    }

    /// <summary>A turn that ran would have saved conversation state (the welcome flag); none may exist.</summary>
    private async Task AssertNoTurnRanAsync(string conversation)
    {
        var valid = _issuer.CreateToken(AppId, ServiceUrl);
        using var response = await PostAsync(conversation, valid);
        var body = await response.Content.ReadAsStringAsync();
        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        // The first accepted turn in this conversation is its first contact: it must carry the welcome card.
        Assert.Contains(replies, ExpectRepliesClient.HasCard);
    }
}
