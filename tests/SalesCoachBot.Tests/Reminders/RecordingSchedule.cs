using System.Collections.Concurrent;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Tests.Reminders;

/// <summary>Stands in for the delivery's durable schedule: records what the reminders part asked for, nothing else.</summary>
public sealed class RecordingSchedule : IProactiveSchedule
{
    public ConcurrentQueue<ScheduledMessage> Scheduled { get; } = new();
    public ConcurrentQueue<string> Cancelled { get; } = new();

    public Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken = default)
    {
        Scheduled.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default)
    {
        Cancelled.Enqueue(key);
        return Task.FromResult(true);
    }

    public ScheduledMessage? Last(string keyPrefix) => Scheduled.LastOrDefault(m => m.Key.StartsWith(keyPrefix, StringComparison.Ordinal));
}
