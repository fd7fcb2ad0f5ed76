using Microsoft.Extensions.Logging;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// Used only when the host registers no delivery (the Quartz-backed IProactiveSchedule lives in Bot/): the
/// reminders are still stored and listed, and each schedule request is logged as not delivered, so a missing
/// delivery shows in the logs instead of failing the chat.
/// </summary>
public sealed class UndeliveredProactiveSchedule(ILogger<UndeliveredProactiveSchedule> logger) : IProactiveSchedule
{
    public Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken = default)
    {
        logger.LogWarning("No proactive delivery registered: {Key} due {DueUtc} will not be sent", message.Key, message.DueUtc);
        return Task.CompletedTask;
    }

    public Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
