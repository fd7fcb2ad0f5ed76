using System.Collections.Concurrent;

namespace SalesCoach.Data.Kpi;

/// <summary>
/// The KPI engine's finished query results, kept for <see cref="MaxAge"/> (the organisation snapshot's 30 s,
/// see SalesOrganisation): sales data changes by seed and import, not per turn, and the same few questions
/// ("本月销售额", this quarter's ranking) are asked over and over. A result is exactly what the query gave
/// (KpiBench --check diffs every figure with and without the cache); what may be up to 30 s old is the data it
/// saw, as for the organisation. All results belong to one generation that is dropped as a whole when it is
/// older than MaxAge or holds too many entries. Concurrent askers of the same result share one query.
/// </summary>
internal sealed class KpiResultCache
{
    public static readonly TimeSpan MaxAge = Access.SalesOrganisation.MaxAge;
    private const int MaxEntries = 4096;

    private Generation _current = new(long.MinValue);

    private sealed class Generation(long startedAt)
    {
        public long StartedAt { get; } = startedAt;
        public ConcurrentDictionary<string, Task> Entries { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, List<(long After, long UpTo, Task Result)>> Ranged { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// A result for rows with time in [from, <paramref name="to"/>), where the end moves ("now", and last month
    /// up to the same elapsed time). <paramref name="bounds"/> gives, for an end, the latest time before it and
    /// the first time at or after it in the whole table (After, UpTo): any end in (After, UpTo] selects exactly
    /// the same rows, so one query answers all of them, and the figure is exact. Every end past the last row
    /// shares the result (UpTo = MaxValue).
    /// </summary>
    public async Task<T> GetRangedAsync<T>(string key, DateTimeOffset to, Func<DateTimeOffset, Task<(long After, long UpTo)>> bounds, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var generation = Current();
        var end = to.UtcTicks;
        var entries = generation.Ranged.GetOrAdd(key, _ => []);
        Task<T>? task;
        lock (entries) task = Find<T>(entries, end);
        if (task is null)
        {
            var (after, upTo) = await Task.Run(() => bounds(to)).WaitAsync(cancellationToken);
            lock (entries)
            {
                task = Find<T>(entries, end);
                if (task is null)
                {
                    task = Task.Run(compute);
                    entries.Add((after, upTo, task));
                }
            }
        }
        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch when (task.IsFaulted || task.IsCanceled)
        {
            lock (entries) entries.RemoveAll(e => e.Result == task);
            throw;
        }
    }

    private static Task<T>? Find<T>(List<(long After, long UpTo, Task Result)> entries, long end)
    {
        foreach (var (after, upTo, result) in entries)
            if (after < end && end <= upTo) return (Task<T>)result;
        return null;
    }

    /// <summary>The cached result of <paramref name="compute"/> for <paramref name="key"/>; computed once per generation.</summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var generation = Current();
        // The query runs without the first asker's token: others may be waiting for it. It is short.
        var task = (Task<T>)generation.Entries.GetOrAdd(key, static (_, c) => Task.Run(c), compute);
        try
        {
            return await task.WaitAsync(cancellationToken);
        }
        catch when (task.IsFaulted || task.IsCanceled)
        {
            generation.Entries.TryRemove(new KeyValuePair<string, Task>(key, task));
            throw;
        }
    }

    private Generation Current()
    {
        var generation = Volatile.Read(ref _current);
        var now = Environment.TickCount64;
        if (generation.StartedAt != long.MinValue && now - generation.StartedAt < MaxAge.TotalMilliseconds && generation.Entries.Count + generation.Ranged.Count < MaxEntries)
            return generation;
        var fresh = new Generation(now);
        return Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : Volatile.Read(ref _current);
    }
}
