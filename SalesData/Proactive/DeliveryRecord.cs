namespace SalesCoach.Data.Proactive;

/// <summary>
/// One occurrence of a proactive message, keyed by its idempotency key (ScheduledMessage.OccurrenceKey,
/// unique): claimed before anything is sent, so a re-fired or duplicated occurrence finds it and sends nothing twice.
/// </summary>
public sealed class DeliveryRecord
{
    public long Id { get; set; }
    public string OccurrenceKey { get; set; } = "";
    public string ScheduleKey { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset DueUtc { get; set; }
    public DeliveryStatus Status { get; set; }
    /// <summary>How many times this occurrence was taken up (1 normally; more after a crash or a lost lease).</summary>
    public int Claims { get; set; }
    /// <summary>HTTP attempts across claims, retries of 429/5xx included.</summary>
    public int Attempts { get; set; }
    /// <summary>Replies of this occurrence already accepted by the connector: a resumed claim sends only the rest.</summary>
    public int RepliesSent { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? LastError { get; set; }
}

public enum DeliveryStatus
{
    /// <summary>Taken by a sender; not yet finished (or its sender died: see ProactiveStore.TryClaimAsync).</summary>
    Claimed = 0,
    Sent = 1,
    /// <summary>Gave up: 403, no stored reference, retries exhausted, a client error.</summary>
    Failed = 2,
    /// <summary>The composer had nothing to send (reminder cancelled or done, digest off).</summary>
    Skipped = 3,
}
