namespace SalesCoach.Skills.Proactive;

/// <summary>
/// Writes the message for one due occurrence of its <see cref="Kind"/>, at send time (so a reminder
/// cancelled or completed meanwhile sends nothing, and a digest shows today's figures).
/// </summary>
public interface IProactiveComposer
{
    string Kind { get; }

    /// <returns>null when nothing is to be sent (cancelled, done, digest switched off).</returns>
    Task<ProactiveMessage?> ComposeAsync(ScheduledMessage occurrence, CancellationToken cancellationToken = default);
}
