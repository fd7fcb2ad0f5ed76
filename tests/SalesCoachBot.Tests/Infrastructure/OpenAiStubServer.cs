using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// A local OpenAI-compatible server speaking the real chat-completions protocol, on both the OpenAI
/// path (/v1/chat/completions) and the Azure one (/openai/deployments/{deployment}/chat/completions),
/// and the embeddings protocol on /v1/embeddings. Each test scripts the reply and inspects the recorded requests.
/// </summary>
public sealed class OpenAiStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OpenAiStubServer(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:PORT, the Azure endpoint; <see cref="OpenAiEndpoint"/> adds /v1.</summary>
    public string BaseUrl { get; private set; } = "";

    public string OpenAiEndpoint => BaseUrl + "/v1";

    public ConcurrentQueue<StubChatRequest> Requests { get; } = new();

    /// <summary>What to answer; by default an empty JSON object.</summary>
    public Func<StubChatRequest, StubReply> Script { get; set; } = _ => StubReply.Content("{}");

    /// <summary>The vector of each text sent to /v1/embeddings (when <see cref="Script"/> answers 200).</summary>
    public Func<string, float[]> Embedding { get; set; } = _ => [1f, 0f];

    public static async Task<OpenAiStubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var stub = new OpenAiStubServer(app);
        // HttpRequest rather than HttpContext parameters: a lone HttpContext would bind as a RequestDelegate and drop the IResult.
        app.MapPost("/v1/chat/completions", (HttpRequest request) => stub.HandleAsync(request.HttpContext, deployment: null));
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpRequest request, string deployment) => stub.HandleAsync(request.HttpContext, deployment));
        app.MapPost("/v1/embeddings", (HttpRequest request) => stub.HandleAsync(request.HttpContext, deployment: null, embeddings: true));
        await app.StartAsync();
        stub.BaseUrl = app.Urls.First();
        return stub;
    }

    private async Task<IResult> HandleAsync(HttpContext http, string? deployment, bool embeddings = false)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var request = new StubChatRequest(
            http.Request.Path, http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            deployment, body!.AsObject());
        Requests.Enqueue(request);
        var reply = Script(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }

        if (reply.Status != StatusCodes.Status200OK)
        {
            return Results.Json(new { error = new { message = "scripted failure", type = "server_error", code = reply.Status } },
                statusCode: reply.Status);
        }

        if (embeddings)
        {
            var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
            return Results.Json(new
            {
                @object = "list",
                data = inputs.Select((text, i) => new { @object = "embedding", index = i, embedding = Embedding(text) }),
                model = body["model"]?.GetValue<string>(),
                usage = new { prompt_tokens = 1, total_tokens = 1 },
            });
        }

        return Results.Json(new
        {
            id = "chatcmpl-stub",
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = body["model"]?.GetValue<string>() ?? deployment ?? "stub",
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content = reply.Text }, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A scripted reply: the assistant's message text, or an HTTP failure, after an optional delay.</summary>
public sealed record StubReply(string Text, int Status = 200, TimeSpan Delay = default)
{
    public static StubReply Content(string text) => new(text);

    public static StubReply Failure(int status) => new("", status);

    public static StubReply Slow(TimeSpan delay, string text = "{}") => new(text, Delay: delay);
}

/// <summary>One request as the stub received it.</summary>
public sealed record StubChatRequest(
    string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string? Deployment, JsonObject Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>A field of the request body ("model", "input" ...).</summary>
    public JsonNode? this[string field] => Body[field];

    public JsonNode? ResponseFormat => Body["response_format"];

    /// <summary>The text of every message with this role, joined; content may be a string or an array of parts.</summary>
    public string MessageText(string role) =>
        string.Join("\n", (Body["messages"]?.AsArray() ?? [])
            .Where(m => m?["role"]?.GetValue<string>() == role)
            .Select(m => ContentText(m!["content"])));

    private static string ContentText(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };
}
