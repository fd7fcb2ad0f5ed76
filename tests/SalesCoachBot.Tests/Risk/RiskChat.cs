using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Risk;

/// <summary>One user in one conversation with the real host: typed messages and card submits, replies as text and cards.</summary>
internal sealed class RiskChat(HttpClient client, string user, string conversation, string locale = "zh-CN")
{
    public JsonArray Last { get; private set; } = [];

    public async Task<string> SayAsync(string text)
    {
        Last = await ExpectRepliesClient.SendAsync(client, Activities.Message(text, locale, conversation, user));
        return ExpectRepliesClient.ReadableText(Last);
    }

    /// <summary>A card submit as Teams and Web Chat send it: no text, the button's data merged with the card's inputs as the value.</summary>
    public async Task<string> SubmitAsync(JsonObject value)
    {
        var activity = Activities.Message(string.Empty, locale, conversation, user);
        activity.Remove("text");
        activity["value"] = value;
        Last = await ExpectRepliesClient.SendAsync(client, activity);
        return ExpectRepliesClient.ReadableText(Last);
    }

    public IEnumerable<JsonObject> Cards => Last
        .SelectMany(r => r?["attachments"]?.AsArray() ?? [])
        .Select(a => a?["content"]).OfType<JsonObject>();

    /// <summary>The card with an input of this id, or null.</summary>
    public JsonObject? CardWithInput(string id) => Cards.FirstOrDefault(c => Inputs(c).Any(i => i["id"]?.GetValue<string>() == id));

    public static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } t && t.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    public static JsonObject? Input(JsonObject card, string id) => Inputs(card).FirstOrDefault(i => i["id"]?.GetValue<string>() == id);
}
