using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Demo;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Dashboard;

/// <summary>One bot on the seeded demo company with the test sign-in, shared by the dashboard API tests.</summary>
public sealed class DemoDashboardBot : IAsyncLifetime
{
    public BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" }, configure: TestSalesUserAuthentication.AddTo);
        await Server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>GET <paramref name="path"/> as <paramref name="userId"/> (anonymous when null).</summary>
    public async Task<HttpResponseMessage> GetAsync(string? userId, string path, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (userId is not null) request.Headers.Add(TestSalesUserAuthentication.Header, userId);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await Server.Client.SendAsync(request);
    }

    public async Task<JsonObject> GetJsonAsync(string userId, string path)
    {
        using var response = await GetAsync(userId, path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} as {userId}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
