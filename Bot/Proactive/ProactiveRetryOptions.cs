namespace SalesCoach.Bot.Proactive;

/// <summary>How a send answered 429 or 5xx is retried (section SalesCoach:Proactive:Retry).</summary>
public sealed class ProactiveRetryOptions
{
    public const string SectionName = "SalesCoach:Proactive:Retry";

    /// <summary>HTTP attempts per reply, the first included.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First back-off when the channel gives no Retry-After; doubled each attempt, with full jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, whatever Retry-After says (a longer one fails the attempt for a later claim).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);
}
