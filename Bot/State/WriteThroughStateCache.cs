using Microsoft.Bot.Builder;
using Microsoft.Extensions.Caching.Memory;
using Newtonsoft.Json.Linq;

namespace SalesCoach.Bot.State;

/// <summary>
/// Keeps recently read state documents in memory in front of the database, for the single-instance
/// SQLite deployment: every turn reads conversation and user state, and on one machine those two
/// database reads were most of a turn's cost. Writes and deletes go to the database first (the eTag
/// check stays there) and then drop the cached copies. Not used with PostgreSQL, where another
/// instance may have written since.
/// </summary>
public sealed class WriteThroughStateCache(IStorage inner) : IStorage, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private readonly KeyWrites _inFlight = new();
    private long _writes;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        var missing = new List<string>();
        foreach (var key in keys)
        {
            // A fresh copy per read: callers change what they get back.
            if (_cache.TryGetValue(key, out JObject? cached)) result[key] = cached!.DeepClone();
            else missing.Add(key);
        }
        if (missing.Count == 0) return result;

        var writesBefore = Interlocked.Read(ref _writes);
        var loaded = await inner.ReadAsync([.. missing], cancellationToken);
        // A write that landed while we were reading may have made what we read stale: then do not cache it.
        var cacheable = Interlocked.Read(ref _writes) == writesBefore;
        foreach (var (key, value) in loaded)
        {
            result[key] = value;
            if (cacheable && value is JObject json)
                _cache.Set(key, (JObject)json.DeepClone(), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }
        return result;
    }

    /// <summary>
    /// Writes through to the database; when the store can say what it stored (<see cref="IDocumentStorage"/>),
    /// that document is kept for the next turn's read (a stateful turn used to write, drop the copy, and read it
    /// back from the database on the next turn). Kept only when no other write of the same key overlapped this
    /// one, since their commit order is unknown here; otherwise the copy is dropped as before.
    /// </summary>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Interlocked.Increment(ref _writes);
        var keys = changes.Keys.ToArray();
        var started = _inFlight.Begin(keys);
        IReadOnlyDictionary<string, JObject>? stored = null;
        try
        {
            if (inner is IDocumentStorage documents) stored = await documents.WriteDocumentsAsync(changes, cancellationToken);
            else await inner.WriteAsync(changes, cancellationToken);
        }
        finally
        {
            var alone = _inFlight.End(keys, started);
            foreach (var key in keys)
            {
                if (stored is not null && alone.Contains(key) && stored.TryGetValue(key, out var document))
                    _cache.Set(key, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
                else
                    _cache.Remove(key);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Interlocked.Increment(ref _writes);
        try
        {
            await inner.DeleteAsync(keys, cancellationToken);
        }
        finally
        {
            foreach (var key in keys) _cache.Remove(key);
        }
    }

    public void Dispose() => _cache.Dispose();
}
