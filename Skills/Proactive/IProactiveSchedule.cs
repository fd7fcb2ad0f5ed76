namespace SalesCoach.Skills.Proactive;

/// <summary>The durable schedule the skills write to (implemented in Bot/ on Quartz.NET's job store).</summary>
public interface IProactiveSchedule
{
    /// <summary>Adds or replaces the schedule for <see cref="ScheduledMessage.Key"/>.</summary>
    Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken = default);

    /// <summary>Removes the pending occurrence of <paramref name="key"/>, if any. Returns whether one was removed.</summary>
    Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default);
}
