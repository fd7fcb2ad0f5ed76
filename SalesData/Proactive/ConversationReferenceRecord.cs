namespace SalesCoach.Data.Proactive;

/// <summary>
/// Where the bot can reach one user of one channel without being spoken to: the Bot Framework
/// conversation reference (as JSON, so SalesData needs no Bot Framework types) plus the columns the
/// sender filters and rate-limits on. Refreshed on install, conversationUpdate and every message, so a
/// serviceUrl Teams moves is picked up at the user's next turn.
/// </summary>
public sealed class ConversationReferenceRecord
{
    public long Id { get; set; }
    public string ChannelId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    /// <summary>"personal", "groupChat", "channel" or empty (Web Chat, tests): a personal chat is preferred for reminders.</summary>
    public string ConversationType { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Locale { get; set; }
    public string? TimeZone { get; set; }
    /// <summary>The serialized Bot Framework ConversationReference the adapter continues.</summary>
    public string ReferenceJson { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Set when the channel answered 403 (app removed, user blocked the bot): nothing is sent until the user writes again.</summary>
    public DateTimeOffset? BlockedAt { get; set; }
    public string? BlockedReason { get; set; }

    public bool IsPersonal => ConversationType is "" or "personal";
}
