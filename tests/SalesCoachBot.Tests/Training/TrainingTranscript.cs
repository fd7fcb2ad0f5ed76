using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Training;

/// <summary>One conversation with the real host: what the bot said, its training card and the plan id it proposed.</summary>
internal sealed partial class TrainingTranscript(BotServer server, string user, string locale)
{
    private readonly string _conversation = "training-" + Guid.NewGuid().ToString("N")[..8];

    public string Text { get; private set; } = string.Empty;
    public JsonArray Replies { get; private set; } = [];

    public async Task<string> SayAsync(string text)
    {
        Replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message(text, locale, _conversation, user));
        return Text = ExpectRepliesClient.ReadableText(Replies);
    }

    /// <summary>A tap on a card button: the button's data as the activity's value, no text (as Web Chat sends it).</summary>
    public async Task<string> TapAsync(JsonObject action, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var activity = Activities.Message(string.Empty, locale, _conversation, user);
        activity.Remove("text");
        var value = action["data"]!.DeepClone().AsObject();
        // The card's input values merged into the submit's data, as Web Chat and Teams send them.
        foreach (var (id, input) in inputs ?? new Dictionary<string, string>()) value[id] = input;
        activity["value"] = value;
        Replies = await ExpectRepliesClient.SendAsync(server.Client, activity);
        return Text = ExpectRepliesClient.ReadableText(Replies);
    }

    /// <summary>The training card among the replies (the first message also brings the welcome card).</summary>
    public JsonObject? Card => Replies
        .Select(r => r?["attachments"] is JsonArray { Count: > 0 } a ? a[0]?["content"] : null).OfType<JsonObject>()
        .SingleOrDefault(c => c["actions"] is JsonArray actions && actions.Any(x => x?["data"]?["text"]?.GetValue<string>() is { } t && PlanId().IsMatch(t)));

    /// <summary>The id of the plan just proposed ("#12").</summary>
    public long PlanNumber => long.Parse(PlanIdInText().Match(Text).Groups[1].Value);

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex PlanIdInText();

    [GeneratedRegex(@"(?:培训计划|training plan) (\d+)")]
    private static partial Regex PlanId();
}
