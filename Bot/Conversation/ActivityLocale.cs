using Microsoft.Bot.Schema;

namespace SalesCoach.Bot.Conversation;

/// <summary>The client's locale: the activity's own, or the clientInfo entity Teams and Web Chat attach when it is missing.</summary>
public static class ActivityLocale
{
    public static string? Of(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Locale)) return activity.Locale;
        var clientInfo = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        return clientInfo?.Properties?.Value<string>("locale");
    }
}
