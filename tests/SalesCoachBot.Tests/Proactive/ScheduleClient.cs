using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using SalesCoach.Bot.Scheduling;
using SalesCoach.Data;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// Writes schedules into a bot's job store from the test process without firing anything (a scheduler
/// that is never started) — what the `proactive schedule` command does, without a process per call.
/// </summary>
public sealed class ScheduleClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ScheduleClient(IHost host) => _host = host;

    public IProactiveSchedule Schedule => _host.Services.GetRequiredService<IProactiveSchedule>();

    public static ScheduleClient Create(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        builder.Services.AddProactiveScheduling(builder.Configuration, runScheduler: false);
        return new ScheduleClient(builder.Build());
    }

    public async ValueTask DisposeAsync()
    {
        await (await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(false);
        _host.Dispose();
    }
}
