using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SalesCoach.Tests.Knowledge;

/// <summary>A local OpenAI-compatible /v1/embeddings endpoint: each test scripts the vector of a text and reads the requests.</summary>
internal sealed class EmbeddingStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddingStubServer(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    public Func<string, float[]> Vector { get; set; } = _ => [1f, 0f];

    public int Status { get; set; } = StatusCodes.Status200OK;

    public static async Task<EmbeddingStubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var stub = new EmbeddingStubServer(app);
        app.MapPost("/v1/embeddings", (HttpRequest request) => stub.HandleAsync(request));
        await app.StartAsync();
        stub.Endpoint = app.Urls.First() + "/v1";
        return stub;
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Requests.Enqueue(body);
        if (Status != StatusCodes.Status200OK) return Results.Json(new { error = new { message = "scripted failure" } }, statusCode: Status);
        var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        return Results.Json(new
        {
            @object = "list",
            data = inputs.Select((text, i) => new { @object = "embedding", index = i, embedding = Vector(text) }),
            model = body["model"]?.GetValue<string>(),
            usage = new { prompt_tokens = 1, total_tokens = 1 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
