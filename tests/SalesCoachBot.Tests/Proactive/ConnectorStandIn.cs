using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// A local stand-in for the Bot Connector (Teams' or Azure's): Kestrel on a loopback port accepting
/// POST /v3/conversations/{id}/activities[/{replyToId}] as the real service does, answering 200 with
/// a resource id — or, when told, 429 with Retry-After, 500 or 403 — and recording what it received.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PlannedAnswer> _plan = new();
    private readonly ConcurrentQueue<Received> _received = new();

    public sealed record Received(DateTimeOffset At, string ConversationId, string Path, string? Text, int AnsweredWith, JsonObject Activity);

    /// <summary>An answer other than 200 for the next request (in order).</summary>
    public sealed record PlannedAnswer(int Status, string? RetryAfter = null);

    private ConnectorStandIn(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<Received> Requests => [.. _received];

    /// <summary>The messages the connector accepted (200), in arrival order.</summary>
    public IReadOnlyList<Received> Delivered => [.. _received.Where(r => r.AnsweredWith == 200)];

    public void Plan(params PlannedAnswer[] answers)
    {
        foreach (var answer in answers) _plan.Enqueue(answer);
    }

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (Delegate)standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        standIn.ServiceUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return standIn;
    }

    private async Task<IResult> HandleAsync(HttpContext context, string conversationId)
    {
        var at = DateTimeOffset.UtcNow;
        var activity = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        var status = _plan.TryDequeue(out var planned) ? planned.Status : 200;
        _received.Enqueue(new Received(at, Uri.UnescapeDataString(conversationId), context.Request.Path, activity["text"]?.GetValue<string>(), status, activity));
        if (status == 200) return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        if (planned?.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = retryAfter;
        return Results.Json(new { error = new { code = status == 403 ? "BotNotInConversationRoster" : "Throttled", message = $"stand-in answered {status}" } }, statusCode: status);
    }

    /// <summary>How many accepted messages carry each occurrence key (the diagnostic composer writes it in brackets).</summary>
    public Dictionary<string, int> DeliveredByOccurrence() => Delivered
        .Select(r => OccurrenceKeyIn(r.Text))
        .Where(k => k is not null)
        .GroupBy(k => k!)
        .ToDictionary(g => g.Key, g => g.Count());

    public static string? OccurrenceKeyIn(string? text)
    {
        if (text is null) return null;
        var open = text.IndexOf('[');
        var close = text.IndexOf(']', open + 1);
        return open >= 0 && close > open ? text[(open + 1)..close] : null;
    }

    public async Task WaitForAsync(Func<ConnectorStandIn, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) return;
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
