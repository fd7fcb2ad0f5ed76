namespace SalesCoach.Bot.Conversation;

/// <summary>
/// Runs one turn at a time per conversation inside this process. Teams sends installationUpdate and
/// conversationUpdate together on install; without this both read "not welcomed yet" and greet twice,
/// and the second state write loses its eTag race. Striped, so memory stays bounded whatever the
/// number of conversations; instances sharing one database are covered by the eTag check instead.
/// </summary>
public sealed class ConversationTurnLock
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string? channelId, string? conversationId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode($"{channelId}/{conversationId}") % _stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}
