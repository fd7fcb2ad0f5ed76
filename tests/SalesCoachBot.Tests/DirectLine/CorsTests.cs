using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.DirectLine;

public sealed class CorsTests
{
    [Fact]
    public async Task AConfiguredIntranetOriginMayCallTheTokenEndpointAndNoOtherMay()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["SalesCoach:DirectLine:AllowedOrigins:0"] = "https://intranet.example.com",
        });
        Assert.Equal("https://intranet.example.com", await PreflightAsync(server, "api/directline/token", "https://intranet.example.com"));
        Assert.Equal("https://intranet.example.com", await PreflightAsync(server, "v3/directline/conversations", "https://intranet.example.com"));
        Assert.Null(await PreflightAsync(server, "api/directline/token", "https://evil.example.com"));
    }

    [Fact]
    public async Task WithoutConfiguredOriginsNoCrossOriginCallIsAllowed()
    {
        await using var server = await BotServer.StartAsync();
        Assert.Null(await PreflightAsync(server, "api/directline/token", "https://intranet.example.com"));
    }

    private static async Task<string?> PreflightAsync(BotServer server, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        using var response = await server.Client.SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }
}
