using System.Text.Json.Nodes;

namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// One user in one conversation with the real host over /api/messages (deliveryMode expectReplies):
/// typed messages and card submits in, the bot's replies out as activities, readable text, cards and quick replies.
/// </summary>
public sealed class ChatTranscript(HttpClient client, string user, string locale = "zh-CN", string? conversation = null)
{
    public string Conversation { get; } = conversation ?? "chat-" + Guid.NewGuid().ToString("N")[..8];
    public string Locale => locale;

    /// <summary>The activities the bot sent back to the last message.</summary>
    public JsonArray Replies { get; private set; } = [];

    /// <summary>What a person reads in the last replies: message text plus the cards' text blocks.</summary>
    public string Text { get; private set; } = string.Empty;

    public ChatTranscript(BotServer server, string user, string locale = "zh-CN") : this(server.Client, user, locale) { }

    public async Task<string> SayAsync(string text)
    {
        Replies = await ExpectRepliesClient.SendAsync(client, Activities.Message(text, locale, Conversation, user));
        return Text = ExpectRepliesClient.ReadableText(Replies);
    }

    /// <summary>
    /// A tap on a card button as Teams and Web Chat send it: no text, the button's data with the card's
    /// input values merged in as the activity's value.
    /// </summary>
    public async Task<string> SubmitAsync(JsonObject data, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var value = (JsonObject)data.DeepClone();
        foreach (var (id, input) in inputs ?? new Dictionary<string, string>()) value[id] = input;
        var activity = Activities.Message(string.Empty, locale, Conversation, user);
        activity.Remove("text");
        activity["value"] = value;
        Replies = await ExpectRepliesClient.SendAsync(client, activity);
        return Text = ExpectRepliesClient.ReadableText(Replies);
    }

    /// <summary>Every Adaptive Card among the last replies.</summary>
    public IEnumerable<JsonObject> Cards => Replies
        .SelectMany(r => r?["attachments"]?.AsArray() ?? [])
        .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
        .Select(a => a?["content"]).OfType<JsonObject>();

    /// <summary>The quick-reply buttons of the last replies (the text each sends).</summary>
    public IReadOnlyList<string> QuickReplies => Replies
        .SelectMany(r => r?["suggestedActions"]?["actions"]?.AsArray() ?? [])
        .Select(a => a?["value"]?.ToString() ?? a?["title"]?.GetValue<string>())
        .OfType<string>().ToList();

    /// <summary>The card among the last replies with an input of this id, or null.</summary>
    public JsonObject? CardWithInput(string id) => Cards.FirstOrDefault(c => Input(c, id) is not null);

    /// <summary>Every input (Input.Text, Input.ChoiceSet ...) anywhere in a card.</summary>
    public static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } t && t.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    public static JsonObject? Input(JsonObject card, string id) => Inputs(card).FirstOrDefault(i => i["id"]?.GetValue<string>() == id);

    /// <summary>Every string a person can read anywhere in the last replies, cards included (facts, columns, buttons).</summary>
    public string AllText => string.Join("\n", Replies.SelectMany(r => Strings(r)));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("id" or "type" or "url" or "serviceUrl" or "contentType" or "channelId" or "locale"))
            .SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
