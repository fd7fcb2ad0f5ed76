using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SalesCoach.Skills.Conversation;

namespace SalesCoach.Bot.Conversation;

/// <summary>The only place that translates between Bot Framework activities and the skills' Turn / Reply.</summary>
public static class ActivityMapper
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Turn ToTurn(IMessageActivity activity)
    {
        // In channels and group chats Teams prefixes "<at>SalesCoach</at>"; the bot's own name is not part of the request.
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty;
        JsonElement? value = null;
        if (activity.Value is JToken token && token.Type == JTokenType.Object)
        {
            value = JsonDocument.Parse(token.ToString(Newtonsoft.Json.Formatting.None)).RootElement.Clone();
            // Card buttons that stand for typed text (our Action.Submit with data.text) are handled as that text.
            if (string.IsNullOrWhiteSpace(text) && token["text"] is JValue { Type: JTokenType.String } submitted)
                text = (string?)submitted ?? string.Empty;
        }
        return new Turn(
            text,
            activity is Activity full ? ActivityLocale.Of(full) : activity.Locale,
            activity.From?.Id ?? "anonymous",
            activity.From?.Name,
            activity.Conversation?.Id ?? string.Empty,
            activity.ChannelId ?? string.Empty,
            value,
            activity.From?.AadObjectId,
            activity is Activity withZone ? withZone.LocalTimezone : null);
    }

    public static Activity ToActivity(Reply reply, string locale)
    {
        var activity = string.IsNullOrEmpty(reply.Text) ? (Activity)Activity.CreateMessageActivity() : MessageFactoryText(reply.Text);
        activity.Locale = locale;
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.AdaptiveCardJson is not null)
        {
            activity.Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = JObject.Parse(reply.AdaptiveCardJson) }];
        }
        if (reply.SuggestedActions is { Count: > 0 } actions)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = actions.Select(a => new CardAction(ActionTypes.ImBack, a.Title, value: a.Value)).ToList(),
            };
        }
        return activity;
    }

    private static Activity MessageFactoryText(string text)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        return activity;
    }
}
