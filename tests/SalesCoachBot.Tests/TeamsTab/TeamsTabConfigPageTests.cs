using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCoach.Bot.Dashboard;
using SalesCoach.Bot.Hosting;
using SalesCoach.Bot.TeamsTab;

namespace SalesCoach.Tests.TeamsTab;

/// <summary>The configuration page without a host: how it degrades without the Teams library, and the framing policy's settings.</summary>
public sealed class TeamsTabConfigPageTests
{
    private static readonly DashboardScopeOption[] Scopes =
    [
        new("team:east-1", "team", "east-1", "华东一组 <&>", 0),
        new("rep:r01", "rep", "r01", "张伟", 1),
    ];

    [Fact]
    public async Task WithoutTheTeamsLibraryThePageSaysWhyItCannotSave()
    {
        var html = await RenderAsync("zh-CN", sdkInstalled: false);

        Assert.DoesNotContain("MicrosoftTeams.min.js", html);
        Assert.Contains("data-sdk=\"missing\"", html);
        Assert.Contains("未安装 Teams JavaScript 库", html);
        // The choices and the preview still work: the page is useful to look at the view.
        Assert.Contains("<option value=\"team:east-1\"", html);
        Assert.Contains("id=\"tab-preview\"", html);
    }

    [Fact]
    public async Task WithTheTeamsLibraryThePageLoadsItFromThePathBase()
    {
        var html = await RenderAsync("en-US", sdkInstalled: true, pathBase: "/coach");

        Assert.Contains("<script src=\"/coach/lib/MicrosoftTeams.min.js\"></script>", html);
        Assert.Contains("data-sdk=\"installed\"", html);
        Assert.Contains("data-dashboard=\"/coach/dashboard\"", html);
        Assert.Contains("This page configures a Teams tab; outside Teams it cannot save.", html);
    }

    [Fact]
    public async Task ScopeNamesAreEncodedAndNestedByIndentation()
    {
        var html = await RenderAsync("zh-CN", sdkInstalled: true);

        Assert.Contains("data-name=\"华东一组 &lt;&amp;&gt;\"", html);
        Assert.DoesNotContain("华东一组 <&>", html);
        Assert.Contains(">\u00a0\u00a0张伟</option>", html);
    }

    [Fact]
    public void FramingPolicyAddsTheConfiguredOriginsAfterTeams()
    {
        var policy = new TeamsFrameAncestors(["https://intranet.example.com", " ", "https://teams.microsoft.com"]).HeaderValue;

        Assert.StartsWith("frame-ancestors 'self' https://teams.microsoft.com ", policy);
        Assert.EndsWith(" https://intranet.example.com", policy);
        Assert.Single(policy.Split(' '), s => s == "https://teams.microsoft.com");
    }

    [Theory]
    [InlineData("https://a.example.com https://b.example.com")]
    [InlineData("https://a.example.com; script-src *")]
    [InlineData("'unsafe-inline'")]
    public void FramingPolicyRefusesAnEntryThatIsNotOneOrigin(string entry)
    {
        var ex = Assert.Throws<BotConfigurationException>(() => new TeamsFrameAncestors([entry]));

        Assert.Contains("SalesCoach:TeamsTab:FrameAncestors", ex.Message);
    }

    private static async Task<string> RenderAsync(string locale, bool sdkInstalled, string pathBase = "")
    {
        var result = TeamsTabConfigPage.Render(locale, pathBase, Scopes, sdkInstalled);
        var http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>)).BuildServiceProvider(),
        };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return await new StreamReader(http.Response.Body).ReadToEndAsync();
    }
}
