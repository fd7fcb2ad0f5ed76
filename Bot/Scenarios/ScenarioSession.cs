using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Model;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Bot.Scenarios;

/// <summary>
/// One scenario's conversation with the bot: each user line becomes a message activity run through
/// the real adapter and activity handler with expectReplies, as the terminal chat does, in its own
/// conversation and as the persona's sales user id (so permissions are that user's).
/// </summary>
public sealed class ScenarioSession(LocalChannelAdapter adapter, IBot bot, Scenario scenario, SalesUser persona, DateTimeOffset now)
{
    public const string ChannelId = "scenario";
    private readonly string _conversationId = $"scenario-{scenario.Id}-{Guid.NewGuid():N}";
    // A fresh channel user per conversation (so one conversation's language choice or persona never
    // leaks into the next), mapped to the persona's sales user through the Entra object id, as Teams does.
    private readonly ChannelAccount _from = new($"scenario-user-{Guid.NewGuid():N}", persona.Name) { AadObjectId = persona.TeamsAadObjectId };
    private int _sequence;

    /// <summary>The conversationUpdate a client sends when the chat opens: the welcome goes out here, not with the first answer.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var update = NewActivity(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_from];
        await ProcessAsync(update, cancellationToken);
    }

    public async Task<ScenarioAnswer> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        var (activities, trace, status) = await ProcessAsync(activity, cancellationToken);
        return new ScenarioAnswer(activities.Where(a => a.Type == ActivityTypes.Message).ToList(), trace, status);
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = $"{_conversationId}-{++_sequence}",
        ChannelId = ChannelId,
        ServiceUrl = "http://localhost/scenario",
        From = _from,
        Recipient = new ChannelAccount("salescoachbot", "SalesCoachBot"),
        Conversation = new ConversationAccount(id: _conversationId),
        Locale = scenario.Lang == "en" ? "en-US" : "zh-CN",
        Timestamp = now,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private async Task<(List<Activity>, TurnTrace?, int)> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        TurnTrace? trace = null;
        var response = await adapter.ProcessLocalActivityAsync(activity, async (context, ct) =>
        {
            await bot.OnTurnAsync(context, ct);
            trace = context.TurnState.Get<TurnTrace>(TurnTrace.TurnStateKey);
        }, cancellationToken);
        var activities = response?.Body switch
        {
            ExpectedReplies replies => replies.Activities.ToList(),
            JObject json => json.ToObject<ExpectedReplies>()?.Activities?.ToList() ?? [],
            _ => [],
        };
        return (activities, trace, response?.Status ?? 0);
    }
}

/// <summary>What the bot sent back for one user line, and what it understood.</summary>
public sealed record ScenarioAnswer(IReadOnlyList<Activity> Messages, TurnTrace? Trace, int Status)
{
    /// <summary>Everything a user reads: message text, card text, facts and button titles, one item per line.</summary>
    public string Text => string.Join("\n", Messages.SelectMany(Lines));

    private static IEnumerable<string> Lines(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text)) yield return activity.Text;
        foreach (var attachment in activity.Attachments ?? [])
        {
            var card = attachment.Content as JToken ?? (attachment.Content is null ? null : JToken.FromObject(attachment.Content));
            if (card is null) continue;
            foreach (var token in card.SelectTokens("$..*").OfType<JValue>())
            {
                if (token.Type == JTokenType.String && token.Parent is JProperty { Name: "text" or "title" or "value" or "altText" or "placeholder" }
                    && token.Value<string>() is { Length: > 0 } s && !s.StartsWith("data:", StringComparison.Ordinal))
                    yield return s;
            }
        }
        foreach (var action in activity.SuggestedActions?.Actions ?? [])
            if (action.Title is { Length: > 0 } title) yield return title;
    }
}
