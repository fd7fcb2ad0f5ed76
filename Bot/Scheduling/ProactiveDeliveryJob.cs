using Quartz;
using SalesCoach.Bot.Proactive;

namespace SalesCoach.Bot.Scheduling;

/// <summary>The Quartz job of one occurrence: hands it to the sender; on an unexpected failure schedules the occurrence again.</summary>
internal sealed class ProactiveDeliveryJob(ProactiveSender sender, QuartzProactiveSchedule schedule, ILogger<ProactiveDeliveryJob> logger) : IJob
{
    private const int MaxRetries = 8;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var (message, retry) = ProactiveJobData.FromMap(context.MergedJobDataMap);
        try
        {
            // A recovered firing (its host died mid-run) or our own retry may take over the open claim at once.
            await sender.DeliverAsync(message, context.Recovering || retry > 0, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && retry < MaxRetries)
        {
            var after = TimeSpan.FromSeconds(Math.Min(600, 15 * Math.Pow(2, retry)));
            logger.LogError(ex, "Delivering {OccurrenceKey} failed; trying again in {After}", message.OccurrenceKey, after);
            await schedule.ScheduleRetryAsync(message, retry + 1, after, CancellationToken.None);
        }
    }
}
