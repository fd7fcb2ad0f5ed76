using Microsoft.Bot.Builder;

namespace SalesCoach.Bot.State;

/// <summary>
/// Lets a turn read its conversation and user state in one query: BotState reads each of them with a query
/// of its own, which on PostgreSQL (no state cache there, see WriteThroughStateCache) was two round trips on
/// every turn. The turn handler reads both keys through <see cref="ReadManyAsync"/> and <see cref="Hold"/>s
/// the result; the state objects' reads later in the same turn (the same async flow) are answered from it,
/// once each. Writes and deletes drop what is held for their keys, so a read after a write goes to storage.
/// </summary>
public sealed class BatchedStateReads(IStorage inner) : IStorage
{
    private static readonly AsyncLocal<Dictionary<string, object?>?> Held = new();

    /// <summary>The stored documents of <paramref name="keys"/>, with null for a key that has none.</summary>
    public async Task<Dictionary<string, object?>> ReadManyAsync(string[] keys, CancellationToken cancellationToken)
    {
        var found = await inner.ReadAsync(keys, cancellationToken);
        return keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => found.TryGetValue(k, out var v) ? v : null, StringComparer.Ordinal);
    }

    /// <summary>
    /// Serves <paramref name="documents"/> to this async flow's next reads of their keys. Called from the turn
    /// itself (not from inside an awaited helper): an AsyncLocal set in a callee does not reach its caller.
    /// </summary>
    public static void Hold(Dictionary<string, object?> documents) => Held.Value = documents;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (Held.Value is not { } held || keys.Length == 0 || !keys.All(held.ContainsKey)) return inner.ReadAsync(keys, cancellationToken);
        IDictionary<string, object> result = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            // Once each: BotState keeps what it read for the rest of the turn, and a second read means it wants storage.
            if (held.Remove(key, out var document) && document is not null) result[key] = document;
        }
        return Task.FromResult(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Forget(changes.Keys);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Forget(keys);
        return inner.DeleteAsync(keys, cancellationToken);
    }

    private static void Forget(IEnumerable<string> keys)
    {
        if (Held.Value is not { } held) return;
        foreach (var key in keys) held.Remove(key);
    }
}
