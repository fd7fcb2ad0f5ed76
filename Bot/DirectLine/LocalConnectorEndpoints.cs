using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.Hosting;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// The Bot Connector side of the embedded Direct Line: the bot's replies (and, later, proactive
/// messages) to directline conversations are posted here by the LocalChannelAdapter's connector client
/// and land in the conversation's transcript, where the page polls them.
/// </summary>
public static class LocalConnectorEndpoints
{
    public static WebApplication MapLocalConnector(this WebApplication app)
    {
        var group = app.MapGroup(LocalServiceUrl.ConnectorPath.TrimEnd('/') + "/v3/conversations");
        group.MapPost("/{conversationId}/activities", ReceiveAsync);
        group.MapPost("/{conversationId}/activities/{replyToId}", ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request, LocalConnectorKey key, DirectLineConversationStore store, CancellationToken ct)
    {
        // Only this process's LocalChannelAdapter knows the key: nobody else can write into a transcript.
        if (!key.Matches(request.Headers[LocalConnectorKey.HeaderName].ToString()))
            return Results.Unauthorized();

        using var reader = new StreamReader(request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync(ct)).ToObject<Activity>(DirectLineBridge.Serializer)!;
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.From ??= DirectLineBridge.BotAccount;
        activity.From.Role = RoleTypes.Bot;
        var id = await store.AppendAsync(conversationId, assigned =>
        {
            activity.Id = assigned;
            return JsonConvert.SerializeObject(activity, DirectLineBridge.JsonSettings);
        }, ct);
        return id is null ? DirectLineResults.NotFound() : Results.Json(new { id });
    }
}
