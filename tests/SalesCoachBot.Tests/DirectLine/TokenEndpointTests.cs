using System.Net;
using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.DirectLine;

public sealed class TokenEndpointTests
{
    private const string Secret = "test-directline-secret-value-0123456789";

    [Fact]
    public async Task WithAnAzureSecretTheTokenComesFromAzureAndTheSecretStaysOnTheServer()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync(Secret);
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DirectLineSecret"] = Secret,
            ["SalesCoach:DirectLine:AzureEndpoint"] = azure.Endpoint,
        });
        using var response = await server.Client.PostAsync("api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("azure-token-abc", json["token"]!.GetValue<string>());
        Assert.Equal("azure-conv-1", json["conversationId"]!.GetValue<string>());
        Assert.Equal(azure.Endpoint, json["domain"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, body);
        var call = Assert.Single(azure.Calls);
        Assert.Equal($"Bearer {Secret}", call.Authorization);
        Assert.Contains(json["userId"]!.GetValue<string>(), call.Body); // the user id is fixed server-side and bound into Azure's token
    }

    [Fact]
    public async Task WithAnAzureSecretTheEmbeddedEndpointIsOff()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync(Secret);
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DirectLineSecret"] = Secret,
            ["SalesCoach:DirectLine:AzureEndpoint"] = azure.Endpoint,
        });
        using var response = await server.Client.PostAsync("v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WhenAzureFailsThePageGetsA502NotTheSecret()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync(Secret, failWith: 500);
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DirectLineSecret"] = Secret,
            ["SalesCoach:DirectLine:AzureEndpoint"] = azure.Endpoint,
        });
        using var response = await server.Client.PostAsync("api/directline/token", null);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryPageLoadGetsItsOwnUserAndConversation()
    {
        await using var server = await BotServer.StartAsync();
        var client = new DirectLineTestClient(server.Client);
        var a = await client.GetTokenAsync();
        var b = await client.GetTokenAsync();
        Assert.NotEqual(a["userId"]!.GetValue<string>(), b["userId"]!.GetValue<string>());
        Assert.NotEqual(a["conversationId"]!.GetValue<string>(), b["conversationId"]!.GetValue<string>());
        Assert.EndsWith("/v3/directline", a["domain"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenRequestsAreRateLimitedPerClient()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DirectLine:TokenRequestsPerMinute"] = "3" });
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await server.Client.PostAsync("api/directline/token", null);
            codes.Add(response.StatusCode);
        }
        Assert.Equal(3, codes.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(2, codes.Count(c => c == HttpStatusCode.TooManyRequests));
    }
}
