using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace SalesCoach.Bench.Servers;

/// <summary>An IStorage decorator that records how long each read and write of the bot's state takes.</summary>
public sealed class TimedStorage(IStorage inner, StorageTimings timings) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        try { return await inner.ReadAsync(keys, cancellationToken); }
        finally { timings.AddRead(Stopwatch.GetTimestamp() - start); }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        try { await inner.WriteAsync(changes, cancellationToken); }
        finally { timings.AddWrite(Stopwatch.GetTimestamp() - start); }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
