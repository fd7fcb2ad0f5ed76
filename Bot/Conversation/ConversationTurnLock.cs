namespace SalesCoach.Bot.Conversation;

/// <summary>
/// Runs one turn at a time per conversation inside this process. Teams sends installationUpdate and
/// conversationUpdate together on install; without this both read "not welcomed yet" and greet twice,
/// and the second state write loses its eTag race. One gate per conversation that has a turn running or
/// waiting, dropped when the last leaves, so memory stays bounded by the turns in flight. (It was 256
/// stripes by hash: with 20 conversations two shared a stripe in about half the runs, and one then waited
/// for the other's whole turn, which the mixed benchmark saw as its p99.) Instances sharing one database
/// are covered by the eTag check instead.
/// </summary>
public sealed class ConversationTurnLock
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        /// <summary>Turns holding or waiting for this gate; guarded by the dictionary's lock.</summary>
        public int Users { get; set; }
    }

    public async Task<IDisposable> AcquireAsync(string? channelId, string? conversationId, CancellationToken cancellationToken)
    {
        var key = $"{channelId}/{conversationId}";
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate!)) _gates[key] = gate = new Gate();
            gate.Users++;
        }
        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, gate);
            throw;
        }
        return new Releaser(this, key, gate);
    }

    private void Leave(string key, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0) _gates.Remove(key);
        }
    }

    /// <summary>Conversations with a turn running or waiting (for tests: the map must empty when turns end).</summary>
    internal int Active
    {
        get { lock (_gates) return _gates.Count; }
    }

    private sealed class Releaser(ConversationTurnLock owner, string key, Gate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            gate.Turn.Release();
            owner.Leave(key, gate);
        }
    }
}
