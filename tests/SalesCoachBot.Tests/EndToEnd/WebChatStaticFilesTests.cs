using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>What the build and the static file middleware must provide for the page, without a browser.</summary>
public sealed class WebChatStaticFilesTests
{
    [Fact]
    public async Task RootServesThePageAndItIsAlwaysRevalidated()
    {
        await using var server = await BotServer.StartAsync();

        using var response = await server.Client.GetAsync("");

        Assert.True(response.IsSuccessStatusCode, $"GET / answered {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control: {response.Headers.CacheControl}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lib/webchat.js", html);
        Assert.Contains("data-salescoach-webchat", html);
    }

    [Fact]
    public async Task BuildCopiedTheWebChatBundleBesideThePage()
    {
        await using var server = await BotServer.StartAsync();

        using var response = await server.Client.GetAsync("lib/webchat.js");

        Assert.True(response.IsSuccessStatusCode, $"GET /lib/webchat.js answered {(int)response.StatusCode}: is npm installed? see Bot/WebChat.targets");
        var bundle = await response.Content.ReadAsStringAsync();
        // The full bundle (not webchat-minimal.js): it carries the Adaptive Cards renderer the welcome card needs.
        Assert.True(bundle.Length > 1_000_000, $"the bundle is only {bundle.Length} characters");
        Assert.Contains("renderWebChat", bundle);
        Assert.Contains("AdaptiveCard", bundle);
    }
}
