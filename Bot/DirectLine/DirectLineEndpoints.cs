using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 endpoint (/v3/directline) that Web Chat and botframework-directlinejs
/// talk to when no Azure Bot Service is configured. Polling only; WebSocket streaming is not offered
/// (streamUrl is omitted, which the clients treat as "poll").
/// </summary>
public static class DirectLineEndpoints
{
    private static readonly HashSet<string> ClientActivityTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public static WebApplication MapEmbeddedDirectLine(this WebApplication app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);

        group.MapPost("/conversations", async (HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBridge bridge, CancellationToken ct) =>
        {
            if (DirectLineAuth.Check(request, tokens, null, out var token) is { } denied) return denied;
            var conversation = await store.FindAsync(token.ConversationId, ct);
            if (conversation is null) return DirectLineResults.NotFound();
            var isNew = conversation.StartedAt is null;
            await bridge.StartAsync(conversation.Id, token.UserId, conversation.Locale, ct);
            return Results.Json(ConversationInfo(conversation.Id, tokens.Issue(conversation.Id, token.UserId), tokens),
                statusCode: isNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        });

        group.MapGet("/conversations/{conversationId}", async (string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken ct) =>
        {
            if (DirectLineAuth.Check(request, tokens, conversationId, out var token) is { } denied) return denied;
            if (await store.FindAsync(conversationId, ct) is null) return DirectLineResults.NotFound();
            return Results.Json(ConversationInfo(conversationId, tokens.Issue(conversationId, token.UserId), tokens));
        });

        group.MapGet("/conversations/{conversationId}/activities", async (string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken ct) =>
        {
            if (DirectLineAuth.Check(request, tokens, conversationId, out _) is { } denied) return denied;
            var from = long.TryParse(watermark, out var w) && w >= 0 ? w : 0;
            var (activities, next) = await store.ReadAsync(conversationId, from, ct);
            // The stored activities are already JSON; splice them instead of re-serialising every poll.
            var json = $"{{\"activities\":[{string.Join(',', activities)}],\"watermark\":\"{next}\"}}";
            return DirectLineResults.RawJson(json);
        });

        group.MapPost("/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineBridge bridge, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options, CancellationToken ct) =>
        {
            if (DirectLineAuth.Check(request, tokens, conversationId, out var token) is { } denied) return denied;
            var (activity, problem) = await ReadActivityAsync(request, options.Value.MaxActivityBytes, ct);
            if (activity is null) return problem!;
            var id = await bridge.PostAsync(conversationId, token.UserId, activity, ct);
            return id is null ? DirectLineResults.NotFound() : Results.Json(new { id });
        });

        group.MapPost("/tokens/refresh", (HttpRequest request, DirectLineTokenService tokens) =>
        {
            if (DirectLineAuth.Check(request, tokens, null, out var token) is { } denied) return denied;
            return Results.Json(ConversationInfo(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId), tokens));
        });

        return app;
    }

    private static object ConversationInfo(string conversationId, string token, DirectLineTokenService tokens) => new
    {
        conversationId,
        token,
        expires_in = (int)tokens.Lifetime.TotalSeconds,
    };

    /// <summary>Parses a client's activity; anything malformed is a 400 with the reason, never an exception.</summary>
    internal static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
            return (null, DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Activities are limited to {maxBytes} bytes."));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                return (null, DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Activities are limited to {maxBytes} bytes."));
        }
        try
        {
            var json = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            if (JToken.Parse(json) is not JObject obj) return (null, DirectLineResults.BadActivity("The body must be a JSON activity object."));
            var activity = obj.ToObject<Activity>(DirectLineBridge.Serializer);
            if (activity is null || string.IsNullOrEmpty(activity.Type))
                return (null, DirectLineResults.BadActivity("The activity has no type."));
            if (!ClientActivityTypes.Contains(activity.Type))
                return (null, DirectLineResults.BadActivity($"Activities of type '{activity.Type}' cannot be sent by a client."));
            return (activity, null);
        }
        catch (JsonException ex)
        {
            return (null, DirectLineResults.BadActivity($"Malformed activity: {ex.Message}"));
        }
    }
}
