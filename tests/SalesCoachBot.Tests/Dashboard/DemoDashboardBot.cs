using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Model;
using SalesCoach.Tests.Identity;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Dashboard;

/// <summary>
/// One bot on the seeded demo company, with a browser-like client signed in through the demo sign-in page for each
/// persona (admin, the first manager, a rep of that team), shared by the dashboard API tests.
/// </summary>
public sealed class DemoDashboardBot : IAsyncLifetime
{
    private readonly Dictionary<string, WebClient> _signedIn = new(StringComparer.Ordinal);

    public BotServer Server { get; private set; } = null!;

    public DemoPersonas Personas { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" });
        await Server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
        var organisation = Server.Services.GetRequiredService<SalesOrganisation>();
        await organisation.RefreshAsync();
        Personas = DemoPersonas.From(await organisation.GetAsync());
        foreach (var role in new[] { SalesRole.Admin, SalesRole.Manager, SalesRole.Rep })
        {
            var client = new WebClient(Server.BaseUri);
            using var signedIn = await client.SignInAsDemoAsync(role.ToString().ToLowerInvariant());
            Assert.True((int)signedIn.StatusCode is 302 or 303, $"demo sign-in as {role}: {(int)signedIn.StatusCode}");
            _signedIn[Personas.For(role)!.Id] = client;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _signedIn.Values) client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>GET <paramref name="path"/> as the demo persona with this user id (anonymous when null).</summary>
    public async Task<HttpResponseMessage> GetAsync(string? userId, string path, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        if (userId is null)
        {
            using var anonymous = new WebClient(Server.BaseUri);
            return await anonymous.Http.SendAsync(request);
        }
        Assert.True(_signedIn.TryGetValue(userId, out var client), $"{userId} is not a demo persona ({string.Join(", ", _signedIn.Keys)})");
        if (language is not null) request.Headers.AcceptLanguage.Clear();
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.Http.SendAsync(request);
    }

    public async Task<JsonObject> GetJsonAsync(string userId, string path)
    {
        using var response = await GetAsync(userId, path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} as {userId}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
