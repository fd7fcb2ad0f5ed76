namespace SalesCoach.Skills.Proactive;

/// <summary>
/// One proactive message to deliver later: a reminder occurrence or a daily digest. The skills decide
/// what and when; the host (Bot/) owns the scheduler, the stored conversation references and the send.
/// </summary>
/// <param name="Key">Stable per schedule ("reminder:42", "digest:user-id"); scheduling the same key again replaces it.</param>
/// <param name="ChannelId">The channel the recipient talks to the bot on ("msteams", "directline", ...).</param>
/// <param name="UserId">The recipient's channel user id (Turn.UserId): the host finds the stored reference by channel + user.</param>
/// <param name="DueUtc">When the occurrence is due.</param>
/// <param name="Kind">Which <see cref="IProactiveComposer"/> writes the message ("reminder", "digest").</param>
/// <param name="PayloadId">What the composer needs to find its data (a reminder id, a user id).</param>
public sealed record ScheduledMessage(string Key, string ChannelId, string UserId, DateTimeOffset DueUtc, string Kind, string PayloadId)
{
    /// <summary>The idempotency key of one occurrence: a retried or re-fired occurrence is shown once.</summary>
    public string OccurrenceKey => $"{Key}@{DueUtc.UtcDateTime:yyyyMMddTHHmmssZ}";
}
