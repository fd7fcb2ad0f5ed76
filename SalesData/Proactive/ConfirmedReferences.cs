using System.Collections.Concurrent;

namespace SalesCoach.Data.Proactive;

/// <summary>
/// What this process last wrote or found stored for each (channel, user) reference, so that a message
/// whose reference is as stored costs no database read (every turn used to read the row to learn that
/// nothing changed). A confirmation is trusted for <see cref="Lifetime"/>: a block written elsewhere
/// (another instance's sender, the admin command) is lifted by the user's turns at most that much later;
/// a block written by this process forgets the confirmation at once. Each write begins a generation, and
/// only the latest one may confirm, so two overlapping turns cannot leave an older reference confirmed.
/// </summary>
internal sealed class ConfirmedReferences(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const int MaxUsers = 100_000;

    private readonly ConcurrentDictionary<(string ChannelId, string UserId), Slot> _slots = new();
    private long _generation;

    public bool IsConfirmed(ConversationReferenceRecord incoming)
    {
        if (!_slots.TryGetValue((incoming.ChannelId, incoming.UserId), out var slot)) return false;
        var fingerprint = Fingerprint(incoming);
        lock (slot)
            return slot.Fingerprint == fingerprint && clock.GetUtcNow() - slot.ConfirmedAt < Lifetime;
    }

    /// <summary>Starts a write of (channel, user): until it confirms, nothing about that user counts as stored.</summary>
    public long Begin(string channelId, string userId)
    {
        if (_slots.Count >= MaxUsers) _slots.Clear();
        var generation = Interlocked.Increment(ref _generation);
        var slot = _slots.GetOrAdd((channelId, userId), _ => new Slot());
        lock (slot)
        {
            slot.Generation = generation;
            slot.Fingerprint = null;
        }
        return generation;
    }

    public void Confirm(ConversationReferenceRecord incoming, long generation)
    {
        if (!_slots.TryGetValue((incoming.ChannelId, incoming.UserId), out var slot)) return;
        var fingerprint = Fingerprint(incoming);
        lock (slot)
        {
            if (slot.Generation != generation) return;
            slot.Fingerprint = fingerprint;
            slot.ConfirmedAt = clock.GetUtcNow();
        }
    }

    /// <summary>Everything RememberAsync copies from an incoming record: equal fingerprints leave the row as it is.</summary>
    private static string Fingerprint(ConversationReferenceRecord r) =>
        string.Join('\u001f', r.ConversationId, r.ConversationType, r.ServiceUrl, r.TenantId, r.AadObjectId, r.Locale, r.TimeZone, r.ReferenceJson);

    private sealed class Slot
    {
        public long Generation;
        public string? Fingerprint;
        public DateTimeOffset ConfirmedAt;
    }
}
