using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Proactive;

/// <summary>
/// The database side of proactive delivery: conversation references per (channel, user) and the
/// per-occurrence delivery records whose unique key makes a delivery visible once.
/// </summary>
public sealed class ProactiveStore(IDbContextFactory<SalesCoachDbContext> factory, TimeProvider clock)
{
    private readonly ConfirmedReferences _confirmed = new(clock);

    /// <summary>How long a message may trust a reference this process confirmed (see ConfirmedReferences).</summary>
    public static TimeSpan ConfirmedReferenceLifetime => ConfirmedReferences.Lifetime;

    /// <summary>
    /// Stores or refreshes the reference for (channel, user) and lifts a block: the user wrote again, so
    /// the app is back. A group chat or channel conversation never replaces a personal one (reminders are
    /// private), but is kept when it is all there is.
    /// </summary>
    /// <param name="skipIfConfirmed">
    /// For a user's messages: when this process stored or found exactly this reference within the last
    /// minute (see <see cref="ConfirmedReferences"/>), the row is as the write would leave it and the
    /// database is not asked. Install and conversationUpdate pass false, so they always reach the row.
    /// </param>
    public async Task RememberAsync(ConversationReferenceRecord incoming, CancellationToken cancellationToken = default, bool skipIfConfirmed = false)
    {
        if (skipIfConfirmed && _confirmed.IsConfirmed(incoming)) return;
        var generation = _confirmed.Begin(incoming.ChannelId, incoming.UserId);
        await StoreAsync(incoming, cancellationToken);
        _confirmed.Confirm(incoming, generation);
    }

    private async Task StoreAsync(ConversationReferenceRecord incoming, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            var existing = await db.ConversationReferences
                .SingleOrDefaultAsync(r => r.ChannelId == incoming.ChannelId && r.UserId == incoming.UserId, cancellationToken);
            if (existing is null)
            {
                incoming.UpdatedAt = clock.GetUtcNow();
                db.ConversationReferences.Add(incoming);
            }
            else
            {
                if (existing.IsPersonal && !incoming.IsPersonal && existing.BlockedAt is null) return;
                existing.ConversationId = incoming.ConversationId;
                existing.ConversationType = incoming.ConversationType;
                existing.ServiceUrl = incoming.ServiceUrl;
                existing.TenantId = incoming.TenantId ?? existing.TenantId;
                existing.AadObjectId = incoming.AadObjectId ?? existing.AadObjectId;
                existing.Locale = incoming.Locale ?? existing.Locale;
                existing.TimeZone = incoming.TimeZone ?? existing.TimeZone;
                existing.ReferenceJson = incoming.ReferenceJson;
                existing.BlockedAt = null;
                existing.BlockedReason = null;
                // Every turn passes here: when the reference is as stored (the usual case), nothing is written.
                if (!db.ChangeTracker.HasChanges()) return;
                existing.UpdatedAt = clock.GetUtcNow();
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two first turns of one user raced on the unique (channel, user) index: read again and update.
            }
        }
    }

    public async Task<ConversationReferenceRecord?> FindAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ChannelId == channelId && r.UserId == userId, cancellationToken);
    }

    /// <summary>Stops all sends to this user until they write again (see <see cref="RememberAsync"/>).</summary>
    public async Task BlockAsync(string channelId, string userId, string reason, CancellationToken cancellationToken = default)
    {
        _confirmed.Begin(channelId, userId);
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        var trimmed = reason.Length > 500 ? reason[..500] : reason;
        await db.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BlockedAt, now).SetProperty(r => r.BlockedReason, trimmed), cancellationToken);
        // Again after the update: a message that confirmed its reference while the block was being written must not hide it.
        _confirmed.Begin(channelId, userId);
    }

    /// <summary>
    /// Takes an occurrence: inserts its row (the unique key decides between two firings), or takes over
    /// a claim its owner abandoned — when Quartz says the firing is a recovery of a crashed one, or the
    /// claim is older than <paramref name="lease"/>. The takeover is a conditional update, so two
    /// recovering senders cannot both win it.
    /// </summary>
    public async Task<ClaimOutcome> TryClaimAsync(DeliveryRecord occurrence, string claimant, TimeSpan lease, bool recovering, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using (var db = factory.CreateDbContext())
        {
            occurrence.Status = DeliveryStatus.Claimed;
            occurrence.Claims = 1;
            occurrence.ClaimedBy = claimant;
            occurrence.ClaimedAt = now;
            db.ProactiveDeliveries.Add(occurrence);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new ClaimOutcome(ClaimResult.Claimed, occurrence);
            }
            catch (DbUpdateException)
            {
                // The key exists: somebody took this occurrence before.
            }
        }
        await using (var db = factory.CreateDbContext())
        {
            var existing = await db.ProactiveDeliveries.AsNoTracking().SingleAsync(d => d.OccurrenceKey == occurrence.OccurrenceKey, cancellationToken);
            if (existing.Status != DeliveryStatus.Claimed) return new ClaimOutcome(ClaimResult.AlreadyDone, existing);
            if (!recovering && existing.ClaimedAt > now - lease) return new ClaimOutcome(ClaimResult.Busy, existing);
            var previous = existing.ClaimedAt;
            var taken = await db.ProactiveDeliveries
                .Where(d => d.Id == existing.Id && d.Status == DeliveryStatus.Claimed && d.ClaimedAt == previous)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.ClaimedBy, claimant)
                    .SetProperty(d => d.ClaimedAt, now)
                    .SetProperty(d => d.Claims, d => d.Claims + 1), cancellationToken);
            if (taken == 0) return new ClaimOutcome(ClaimResult.Busy, existing);
            existing.ClaimedBy = claimant;
            existing.ClaimedAt = now;
            existing.Claims++;
            return new ClaimOutcome(ClaimResult.Claimed, existing);
        }
    }

    /// <summary>Saved after every accepted reply, so a crash re-sends at most the reply in flight.</summary>
    public async Task RecordProgressAsync(long id, int repliesSent, int attempts, string? lastError, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        var error = Trim(lastError);
        await db.ProactiveDeliveries.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.RepliesSent, repliesSent).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastError, error), cancellationToken);
    }

    public async Task CompleteAsync(long id, DeliveryStatus status, int repliesSent, int attempts, string? lastError, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        var error = Trim(lastError);
        await db.ProactiveDeliveries.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.RepliesSent, repliesSent)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.CompletedAt, now), cancellationToken);
    }

    public async Task<DeliveryRecord?> FindDeliveryAsync(string occurrenceKey, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.ProactiveDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.OccurrenceKey == occurrenceKey, cancellationToken);
    }

    private static string? Trim(string? text) => text is { Length: > 1000 } ? text[..1000] : text;
}
