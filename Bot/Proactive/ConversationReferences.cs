using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SalesCoach.Data.Proactive;

namespace SalesCoach.Bot.Proactive;

/// <summary>Between an incoming activity, the stored record and the reference the adapter continues.</summary>
public static class ConversationReferences
{
    public static ConversationReferenceRecord? FromActivity(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl) || activity.From?.Id is not { Length: > 0 } userId || activity.Conversation?.Id is not { Length: > 0 })
            return null;
        var reference = activity.GetConversationReference();
        // A proactive message starts a new message in the conversation rather than replying to the turn it was stored from.
        reference.ActivityId = null;
        return new ConversationReferenceRecord
        {
            ChannelId = activity.ChannelId ?? "",
            UserId = userId,
            ConversationId = activity.Conversation.Id,
            ConversationType = activity.Conversation.ConversationType ?? "",
            ServiceUrl = activity.ServiceUrl,
            TenantId = activity.Conversation.TenantId ?? TenantFromChannelData(activity),
            AadObjectId = activity.From.AadObjectId,
            Locale = string.IsNullOrWhiteSpace(activity.Locale) ? null : activity.Locale,
            TimeZone = string.IsNullOrWhiteSpace(activity.LocalTimezone) ? null : activity.LocalTimezone,
            ReferenceJson = JsonConvert.SerializeObject(reference),
        };
    }

    public static ConversationReference ToReference(ConversationReferenceRecord record)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(record.ReferenceJson)
            ?? throw new InvalidOperationException($"Stored conversation reference {record.Id} is empty");
        // The column is what the last turn said; it wins over the JSON should the two ever differ.
        reference.ServiceUrl = record.ServiceUrl;
        return reference;
    }

    private static string? TenantFromChannelData(Activity activity)
    {
        try
        {
            return (activity.ChannelData as Newtonsoft.Json.Linq.JObject)?["tenant"]?["id"]?.ToString();
        }
        catch (InvalidCastException)
        {
            return null;
        }
    }
}
