using System.Net;
using System.Text.Json.Nodes;
using SalesCoach.Data.Model;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Identity;

public sealed class SignedInWebChatTests(SeededWebServer web) : IClassFixture<SeededWebServer>
{
    private const string Question = "本月销售额多少";

    [Fact]
    public async Task TheWebChatTokenOfASignedInRepCarriesTheRepAndAKpiQuestionAnswersForTheirScopeOnly()
    {
        var rep = web.Personas.Rep!;
        using var browser = new WebClient(web.Server.BaseUri);
        using (var signIn = await browser.SignInAsDemoAsync("rep")) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var directLine = new DirectLineTestClient(browser.Http);
        var grant = await directLine.GetTokenAsync();
        Assert.Equal("dl_su." + rep.Id, grant["userId"]!.GetValue<string>());

        var answer = await WebChatAsk.ThroughDirectLineAsync(directLine, grant, Question);
        // The same question from the rep's own identity (as `kpi --user ID` and Teams resolve it) and from the admin.
        var asRep = await WebChatAsk.OverMessagesAsync(web.Server, rep.Id, Question);
        var asAdmin = await WebChatAsk.OverMessagesAsync(web.Server, web.Personas.Admin!.Id, Question);
        Assert.NotEqual(asRep, asAdmin);
        Assert.Equal(asRep, answer);
        Assert.Contains(rep.Name, answer);
        Assert.DoesNotContain("演示模式", answer); // not the anonymous visitor's demo stand-in
    }

    [Fact]
    public async Task AnAnonymousPageLoadStillGetsARandomUserWhereAnonymousChatIsAllowed()
    {
        var directLine = new DirectLineTestClient(web.Server.Client);
        var grant = await directLine.GetTokenAsync();
        var userId = grant["userId"]!.GetValue<string>();
        Assert.StartsWith("dl_", userId);
        Assert.DoesNotContain(web.Org.Users.Keys, id => userId.EndsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAnonymousChatAPageLoadThatIsNotSignedInGets401()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:WebSignIn:AnonymousChat"] = "false" });
        using var response = await server.Client.PostAsync("api/directline/token", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("SignInRequired", error["code"]!.GetValue<string>());
    }
}
