using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Goals;

/// <summary>One user's conversation with the real host (/api/messages, expectReplies): typed messages and card submits.</summary>
internal sealed class GoalConversation(BotServer server, string user, string locale)
{
    private readonly string _conversation = "goals-" + Guid.NewGuid().ToString("N")[..8];

    public JsonArray LastReplies { get; private set; } = [];

    public async Task<string> SayAsync(string text)
    {
        LastReplies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message(text, locale, _conversation, user));
        return ExpectRepliesClient.ReadableText(LastReplies);
    }

    /// <summary>Presses a card button: its data, with the card's inputs merged in, arrives as the activity's value (text empty).</summary>
    public async Task<string> SubmitAsync(JsonObject data, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var value = (JsonObject)data.DeepClone();
        foreach (var (id, input) in inputs ?? new Dictionary<string, string>()) value[id] = input;
        var activity = Activities.Message(string.Empty, locale, _conversation, user);
        activity["value"] = value;
        LastReplies = await ExpectRepliesClient.SendAsync(server.Client, activity);
        return ExpectRepliesClient.ReadableText(LastReplies);
    }

    /// <summary>The goal confirmation card among the last replies (the one with the target input).</summary>
    public JsonObject? GoalCard() => LastReplies
        .Select(r => r?["attachments"] is JsonArray { Count: > 0 } a ? a[0]?["content"] : null).OfType<JsonObject>()
        .SingleOrDefault(c => c["body"]!.AsArray().Any(e => e?["type"]?.GetValue<string>() == "Input.Number"));

    /// <summary>The data of the card button titled <paramref name="title"/>.</summary>
    public JsonObject Button(string title) =>
        (JsonObject)GoalCard()!["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == title)!["data"]!;
}
