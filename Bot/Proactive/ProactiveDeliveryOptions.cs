namespace SalesCoach.Bot.Proactive;

/// <summary>The scheduler and the claim of occurrences (section SalesCoach:Proactive).</summary>
public sealed class ProactiveDeliveryOptions
{
    public const string SectionName = "SalesCoach:Proactive";

    /// <summary>
    /// Run the Quartz scheduler inside this host. Off for instances that should only take chat traffic:
    /// they still write schedules (IProactiveSchedule) into the shared job store.
    /// </summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>Occurrences delivered at the same time by one instance (Quartz's thread pool).</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// How long an idle scheduler waits before looking at the job store again. A schedule written on this
    /// instance wakes it at once; one written by another cluster node is seen within this time.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A claim older than this whose sender never finished is taken over by a new firing. Longer than
    /// the worst retry sequence, so a slow live sender is not doubled.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a clustered node checks in; a node silent for longer is failed over.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Registers the diagnostic composer (kind "test") that sends its payload as a message: end-to-end checks.</summary>
    public bool EnableTestComposer { get; set; }
}
