using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>A local stand-in for Azure Direct Line's tokens/generate, recording the calls it receives.</summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAzureDirectLine(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;
    public List<(string? Authorization, string Body)> Calls { get; } = [];

    public static async Task<FakeAzureDirectLine> StartAsync(string acceptedSecret, int failWith = 0)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var fake = new FakeAzureDirectLine(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            var authorization = request.Headers.Authorization.ToString();
            lock (fake.Calls) fake.Calls.Add((authorization, body));
            if (failWith != 0) return Results.StatusCode(failWith);
            if (authorization != $"Bearer {acceptedSecret}") return Results.Unauthorized();
            return Results.Json(new { conversationId = "azure-conv-1", token = "azure-token-abc", expires_in = 3600 });
        });
        await app.StartAsync();
        fake.Endpoint = app.Urls.First() + "/v3/directline";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
