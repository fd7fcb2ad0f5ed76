using Quartz;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Bot.Scheduling;

/// <summary>
/// IProactiveSchedule on Quartz's ADO job store: one durable-less job per schedule key, one one-shot
/// trigger per occurrence. Works whether or not this instance runs the scheduler loop — a scheduler
/// in standby still writes to the shared store, and the node that runs the loop picks it up.
/// </summary>
internal sealed class QuartzProactiveSchedule(ISchedulerFactory schedulers, TimeProvider clock) : IProactiveSchedule
{
    public async Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = ProactiveJobData.JobKeyOf(message.Key);
        var trigger = BuildTrigger(message, 0, message.DueUtc);
        await scheduler.ScheduleJob(BuildJob(jobKey), trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        // "Add or replace by Key": any other pending occurrence of this schedule (an older due time, a retry) goes.
        var others = (await scheduler.GetTriggersOfJob(jobKey, cancellationToken)).Select(t => t.Key).Where(k => !k.Equals(trigger.Key)).ToList();
        if (others.Count > 0) await scheduler.UnscheduleJobs(others, cancellationToken);
    }

    public async Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(ProactiveJobData.JobKeyOf(key), cancellationToken);
    }

    /// <summary>After a failure that left the occurrence open (database down, say): the same occurrence again, later.</summary>
    internal async Task ScheduleRetryAsync(ScheduledMessage message, int retry, TimeSpan after, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = BuildTrigger(message, retry, clock.GetUtcNow() + after);
        await scheduler.ScheduleJob(BuildJob(ProactiveJobData.JobKeyOf(message.Key)), trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    private static IJobDetail BuildJob(JobKey key) => JobBuilder.Create<ProactiveDeliveryJob>()
        .WithIdentity(key)
        // A firing cut off by a killed host is fired again when a scheduler (this one restarted, or a
        // cluster peer) recovers it; the delivery record makes the second run send only what is missing.
        .RequestRecovery(true)
        .Build();

    private static ITrigger BuildTrigger(ScheduledMessage message, int retry, DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity(ProactiveJobData.TriggerKeyOf(message, retry))
        .ForJob(ProactiveJobData.JobKeyOf(message.Key))
        .UsingJobData(ProactiveJobData.ToMap(message, retry))
        .StartAt(at)
        // Missed while every scheduler was down: fire once as soon as one is back, rather than never.
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();
}
