using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.Proactive;

/// <summary>
/// Paces proactive sends with token buckets: one per tenant and one per conversation, both taken
/// before every HTTP send (retries included, since Teams counts them too). Waiting callers queue in
/// order; nothing is dropped. Per process: see <see cref="ProactiveRateLimitOptions"/>.
/// </summary>
public sealed class ProactiveRateLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string>? _tenants;
    private readonly PartitionedRateLimiter<string>? _conversations;

    public ProactiveRateLimiter(IOptions<ProactiveRateLimitOptions> options)
    {
        _tenants = Create(options.Value.TenantSendsPerSecond);
        _conversations = Create(options.Value.ConversationSendsPerSecond);
    }

    public async ValueTask WaitAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        if (_conversations is not null) await AcquireAsync(_conversations, conversationId, cancellationToken);
        if (_tenants is not null) await AcquireAsync(_tenants, tenantId ?? "", cancellationToken);
    }

    private static async ValueTask AcquireAsync(PartitionedRateLimiter<string> limiter, string key, CancellationToken cancellationToken)
    {
        // The lease of a token bucket holds nothing to give back: disposing it at once is right.
        using var lease = await limiter.AcquireAsync(key, 1, cancellationToken);
        if (!lease.IsAcquired) throw new InvalidOperationException($"Rate limiter refused a send for '{key}'");
    }

    private static PartitionedRateLimiter<string>? Create(int perSecond)
    {
        if (perSecond <= 0) return null;
        // Refilled ten times a second (where the rate allows) so a burst drains smoothly instead of in one-second steps.
        var periods = perSecond % 10 == 0 ? 10 : 1;
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond / periods,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / periods),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
    }

    public ValueTask DisposeAsync()
    {
        _tenants?.Dispose();
        _conversations?.Dispose();
        return ValueTask.CompletedTask;
    }
}
