using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Proactive;

namespace SalesCoach.Tests.Proactive;

/// <summary>How a failed send is read: Retry-After in both of its forms, which statuses are retried, and the back-off bounds.</summary>
public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("0", 0.0)]
    [InlineData("Fri, 27 Nov 2026 08:00:07 GMT", 7.0)]
    [InlineData("Fri, 27 Nov 2026 07:59:00 GMT", 0.0)] // a date already past: go now
    public void Retry_After_is_read_as_seconds_or_as_an_HTTP_date(string header, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SendFailure.ParseRetryAfter(header, Now));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void An_unreadable_Retry_After_is_ignored(string header) => Assert.Null(SendFailure.ParseRetryAfter(header, Now));

    [Fact]
    public void Retry_After_wins_over_the_back_off_and_one_longer_than_MaxDelay_ends_the_attempts()
    {
        var sender = SenderWith(new ProactiveRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) });
        Assert.Equal(TimeSpan.FromSeconds(12), sender.Backoff(1, TimeSpan.FromSeconds(12)));
        Assert.Null(sender.Backoff(1, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Back_off_doubles_per_attempt_with_jitter_and_stays_under_MaxDelay()
    {
        var sender = SenderWith(new ProactiveRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) });
        for (var i = 0; i < 200; i++)
        {
            var first = sender.Backoff(1, null)!.Value;
            Assert.InRange(first.TotalMilliseconds, 500, 1000);
            var third = sender.Backoff(3, null)!.Value;
            Assert.InRange(third.TotalMilliseconds, 2000, 4000);
            var tenth = sender.Backoff(10, null)!.Value;
            Assert.InRange(tenth.TotalMilliseconds, 5000, 10000);
        }
        var samples = Enumerable.Range(0, 50).Select(_ => sender.Backoff(3, null)!.Value).Distinct().Count();
        Assert.True(samples > 10, "the jitter should spread retries of many senders apart");
    }

    private static ProactiveSender SenderWith(ProactiveRetryOptions retry) =>
        new(null!, [], null!, null!, null!, null!, Options.Create(retry), Options.Create(new ProactiveDeliveryOptions()), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ProactiveSender>.Instance);
}
