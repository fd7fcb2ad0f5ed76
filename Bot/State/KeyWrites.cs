namespace SalesCoach.Bot.State;

/// <summary>
/// Which state keys are being written right now, and whether a write had its key to itself from start to
/// end: only such a write knows its document is the stored one (two overlapping writes commit in an order
/// the cache cannot see).
/// </summary>
internal sealed class KeyWrites
{
    private readonly Dictionary<string, (long Generation, int InFlight, bool Overlapped)> _keys = new(StringComparer.Ordinal);
    private long _generation;

    public long Begin(IEnumerable<string> keys)
    {
        lock (_keys)
        {
            var generation = ++_generation;
            foreach (var key in keys)
            {
                _keys[key] = _keys.TryGetValue(key, out var state)
                    ? (generation, state.InFlight + 1, true)
                    : (generation, 1, false);
            }
            return generation;
        }
    }

    /// <summary>Ends the write begun at <paramref name="generation"/>; returns the keys no other write touched meanwhile.</summary>
    public HashSet<string> End(IEnumerable<string> keys, long generation)
    {
        var alone = new HashSet<string>(StringComparer.Ordinal);
        lock (_keys)
        {
            foreach (var key in keys)
            {
                if (!_keys.TryGetValue(key, out var state)) continue;
                if (state.Generation == generation && !state.Overlapped) alone.Add(key);
                if (state.InFlight <= 1) _keys.Remove(key);
                else _keys[key] = (state.Generation, state.InFlight - 1, true);
            }
        }
        return alone;
    }
}
