using Microsoft.EntityFrameworkCore;
using SalesCoach.Data;
using SalesCoach.Data.DirectLine;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// Transcripts of embedded Direct Line conversations in the database, so a page that reconnects (or
/// lands on another instance) reads the same history. Each activity gets the conversation's next
/// sequence number, which is also the watermark clients pass back.
/// </summary>
public sealed class DirectLineConversationStore(IDbContextFactory<SalesCoachDbContext> dbFactory, TimeProvider clock)
{
    // Serialises appends per conversation inside one process (striped, so memory stays bounded); the
    // concurrency token on NextSequence (retried below) covers appends from other instances.
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<DirectLineConversationRecord> CreateAsync(string userId, string? locale, CancellationToken ct)
    {
        var record = new DirectLineConversationRecord
        {
            Id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant(),
            UserId = userId,
            Locale = locale,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = dbFactory.CreateDbContext();
        db.DirectLineConversations.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken ct)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.DirectLineConversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, ct);
    }

    /// <summary>Marks the conversation started; true only for the first caller, who tells the bot.</summary>
    public async Task<bool> MarkStartedAsync(string conversationId, CancellationToken ct)
    {
        await using var db = dbFactory.CreateDbContext();
        var changed = await db.DirectLineConversations
            .Where(c => c.Id == conversationId && c.StartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StartedAt, clock.GetUtcNow()), ct);
        return changed == 1;
    }

    /// <summary>
    /// Appends an activity; <paramref name="buildJson"/> receives the activity id "{conversation}|{sequence}".
    /// Null when the conversation does not exist (one read serves both the check and the append).
    /// </summary>
    public async Task<string?> AppendAsync(string conversationId, Func<string, string> buildJson, CancellationToken ct)
    {
        var gate = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % _stripes.Length)];
        await gate.WaitAsync(ct);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var db = dbFactory.CreateDbContext();
                var conversation = await db.DirectLineConversations.FirstOrDefaultAsync(c => c.Id == conversationId, ct);
                if (conversation is null) return null;
                var sequence = conversation.NextSequence;
                conversation.NextSequence = sequence + 1;
                var activityId = $"{conversationId}|{sequence:D7}";
                db.DirectLineActivities.Add(new DirectLineActivityRecord
                {
                    ConversationId = conversationId,
                    Sequence = sequence,
                    ActivityId = activityId,
                    Json = buildJson(activityId),
                    CreatedAt = clock.GetUtcNow(),
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                    return activityId;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    // Another instance took this sequence number first: read the new one and try again.
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Activities from <paramref name="watermark"/> on, and the watermark to ask with next time.</summary>
    public async Task<(IReadOnlyList<string> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken ct)
    {
        await using var db = dbFactory.CreateDbContext();
        var rows = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence >= watermark)
            .OrderBy(a => a.Sequence)
            .Take(500)
            .Select(a => new { a.Sequence, a.Json })
            .ToListAsync(ct);
        var next = rows.Count == 0 ? watermark : rows[^1].Sequence + 1;
        return (rows.Select(r => r.Json).ToList(), next);
    }
}
