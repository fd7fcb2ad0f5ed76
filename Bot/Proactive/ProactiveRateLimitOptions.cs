namespace SalesCoach.Bot.Proactive;

/// <summary>
/// Send rates for proactive messages (section SalesCoach:Proactive). Teams allows 7 sends/s per
/// conversation and roughly 30-50 requests/s per app per tenant; these limits keep the bot under them
/// so that it is not the 429s that pace it. They hold per bot instance: N instances may together send
/// N x the tenant rate, so divide TenantSendsPerSecond by the instance count when scaling out.
/// </summary>
public sealed class ProactiveRateLimitOptions
{
    public const string SectionName = "SalesCoach:Proactive";

    /// <summary>Per tenant (Teams tenant id; one bucket for channels without one). 0 switches the limit off.</summary>
    public int TenantSendsPerSecond { get; set; } = 30;

    /// <summary>Per conversation; Teams' documented ceiling is 7. 0 switches the limit off.</summary>
    public int ConversationSendsPerSecond { get; set; } = 7;
}
