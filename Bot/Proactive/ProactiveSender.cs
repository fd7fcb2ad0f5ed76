using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Conversation;
using SalesCoach.Data.Proactive;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Bot.Proactive;

/// <summary>
/// Delivers one due occurrence: claims its idempotency key, composes the message at send time,
/// schedules the next occurrence of a recurring schedule, and sends the replies through the stored
/// conversation reference with CloudAdapter.ContinueConversationAsync — paced by the rate limiter,
/// 429/5xx retried with back-off that honours Retry-After, 403 blocking the reference.
/// </summary>
/// <remarks>
/// Delivery is at-least-once inside and shown once: the claim is taken before the first send and
/// progress is saved after every accepted reply, so a second firing of the same occurrence (a duplicate
/// trigger, a recovered job, a second cluster node) sends nothing. The one window left is a crash, or a
/// lost HTTP response, between the connector accepting a reply and the progress being saved: the
/// recovered claim sends that one reply again. It is bounded to one reply per crash and the lease.
/// </remarks>
public sealed class ProactiveSender(
    ProactiveStore store,
    IEnumerable<IProactiveComposer> composers,
    IProactiveSchedule schedule,
    IBotFrameworkHttpAdapter adapter,
    ProactiveRateLimiter rateLimiter,
    IConfiguration configuration,
    IOptions<ProactiveRetryOptions> retryOptions,
    IOptions<ProactiveDeliveryOptions> deliveryOptions,
    TimeProvider clock,
    ILogger<ProactiveSender> logger)
{
    /// <summary>Who holds a claim: enough to tell instances apart in the delivery table.</summary>
    public static readonly string Claimant = $"{Environment.MachineName}/{Environment.ProcessId}";

    private readonly Dictionary<string, IProactiveComposer> _composers =
        composers.GroupBy(c => c.Kind, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public async Task<DeliveryStatus?> DeliverAsync(ScheduledMessage message, bool recovering, CancellationToken cancellationToken)
    {
        var claim = await store.TryClaimAsync(new DeliveryRecord
        {
            OccurrenceKey = message.OccurrenceKey,
            ScheduleKey = message.Key,
            Kind = message.Kind,
            ChannelId = message.ChannelId,
            UserId = message.UserId,
            DueUtc = message.DueUtc,
        }, Claimant, deliveryOptions.Value.ClaimLease, recovering, cancellationToken);
        if (claim.Result != ClaimResult.Claimed)
        {
            logger.LogInformation("Occurrence {OccurrenceKey} not sent again: {Result} ({Status})", message.OccurrenceKey, claim.Result, claim.Record.Status);
            return null;
        }
        var record = claim.Record;
        var attempts = record.Attempts;
        try
        {
            if (!_composers.TryGetValue(message.Kind, out var composer))
                return await CompleteAsync(record, DeliveryStatus.Failed, attempts, $"no composer for kind '{message.Kind}'", cancellationToken);
            var composed = await composer.ComposeAsync(message, cancellationToken);
            // The next occurrence goes into the schedule before anything is sent: a crash mid-send must not lose a recurring schedule.
            if (composed?.NextDueUtc is { } next && next > message.DueUtc)
                await schedule.ScheduleAsync(message with { DueUtc = next }, cancellationToken);
            if (composed is null || composed.Replies.Count == 0)
                return await CompleteAsync(record, DeliveryStatus.Skipped, attempts, null, cancellationToken);

            var target = await store.FindAsync(message.ChannelId, message.UserId, cancellationToken);
            if (target is null)
                return await CompleteAsync(record, DeliveryStatus.Failed, attempts, "no conversation reference stored for this user", cancellationToken);
            if (target.BlockedAt is { } blockedAt)
                return await CompleteAsync(record, DeliveryStatus.Failed, attempts, $"reference blocked since {blockedAt:O}: {target.BlockedReason}", cancellationToken);

            var activities = composed.Replies.Select(r => ActivityMapper.ToActivity(r, composed.Locale)).ToList();
            var outcome = await SendAsync(target, activities, record, cancellationToken);
            attempts = outcome.Attempts;
            if (outcome.Failure is { Kind: SendFailureKind.Forbidden } forbidden)
            {
                var reason = $"403 Forbidden from the channel: {forbidden.Message}";
                await store.BlockAsync(target.ChannelId, target.UserId, reason, cancellationToken);
                logger.LogWarning("Proactive sends to {ChannelId}/{UserId} stopped: {Reason}", target.ChannelId, target.UserId, reason);
                return await CompleteAsync(record, DeliveryStatus.Failed, attempts, reason, cancellationToken);
            }
            if (outcome.Failure is { } failure)
                return await CompleteAsync(record, DeliveryStatus.Failed, attempts, $"{failure.StatusCode?.ToString() ?? "no response"}: {failure.Message}", cancellationToken);
            return await CompleteAsync(record, DeliveryStatus.Sent, attempts, null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Host stopping: the claim stays open and the recovered firing (or the lease) finishes it.
            throw;
        }
    }

    private async Task<DeliveryStatus> CompleteAsync(DeliveryRecord record, DeliveryStatus status, int attempts, string? error, CancellationToken cancellationToken)
    {
        if (status == DeliveryStatus.Failed)
            logger.LogWarning("Occurrence {OccurrenceKey} failed: {Error}", record.OccurrenceKey, error);
        await store.CompleteAsync(record.Id, status, record.RepliesSent, attempts, error, CancellationToken.None);
        return status;
    }

    private sealed record SendOutcome(int Attempts, SendFailure? Failure);

    private async Task<SendOutcome> SendAsync(ConversationReferenceRecord target, List<Microsoft.Bot.Schema.Activity> activities, DeliveryRecord record, CancellationToken cancellationToken)
    {
        var attempts = record.Attempts;
        SendFailure? failure = null;
        var reference = ConversationReferences.ToReference(target);
        // Empty in anonymous Development; the app id otherwise, which is what the connector's token is issued for.
        var botAppId = configuration["MicrosoftAppId"] ?? "";
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? escaped = null;
        await ((CloudAdapter)adapter).ContinueConversationAsync(botAppId, reference, async (turnContext, ct) =>
        {
            // The continuation activity gets a made-up id that the send would reply to: a proactive message
            // is a new message in the conversation (POST .../activities), not a reply to something that never existed.
            turnContext.Activity.Id = null;
            try
            {
                await SendRepliesAsync(turnContext, ct);
            }
            catch (Exception ex)
            {
                // Carried out of the turn: the adapter's OnTurnError would otherwise apologise to nobody and
                // drop the user's conversation state over a database hiccup in a proactive send.
                escaped = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            }
        }, cancellationToken);
        escaped?.Throw();
        return new SendOutcome(attempts, failure);

        async Task SendRepliesAsync(ITurnContext turnContext, CancellationToken ct)
        {
            for (var index = record.RepliesSent; index < activities.Count; index++)
            {
                var sent = false;
                for (var attempt = 1; !sent; attempt++)
                {
                    await rateLimiter.WaitAsync(target.TenantId, target.ConversationId, ct);
                    attempts++;
                    try
                    {
                        await turnContext.SendActivityAsync(activities[index], ct);
                        sent = true;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        failure = SendFailure.Classify(ex, clock.GetUtcNow());
                        if (failure.Kind != SendFailureKind.Transient || attempt >= retryOptions.Value.MaxAttempts) return;
                        var wait = Backoff(attempt, failure.RetryAfter);
                        if (wait is null) return;
                        logger.LogInformation("Send of {OccurrenceKey} answered {Status}; retrying in {Wait}", record.OccurrenceKey, failure.StatusCode, wait);
                        await store.RecordProgressAsync(record.Id, index, attempts, $"{failure.StatusCode}: {failure.Message}", ct);
                        // Timers may fire a clock tick early; Retry-After is a floor, so wait a little past it.
                        await Task.Delay(wait.Value + TimeSpan.FromMilliseconds(20), clock, ct);
                    }
                }
                failure = null;
                record.RepliesSent = index + 1;
                // The last reply's progress is written by CompleteAsync: one commit fewer per occurrence.
                if (index + 1 < activities.Count) await store.RecordProgressAsync(record.Id, index + 1, attempts, null, ct);
            }
        }
    }

    /// <summary>
    /// Retry-After when the channel gave one (never sooner; null when it asks for longer than MaxDelay,
    /// which ends this claim's attempts); otherwise exponential back-off with "equal" jitter (half fixed, half random, so waits never collapse to zero).
    /// </summary>
    internal TimeSpan? Backoff(int attempt, TimeSpan? retryAfter)
    {
        var options = retryOptions.Value;
        if (retryAfter is { } asked) return asked <= options.MaxDelay ? asked : null;
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
