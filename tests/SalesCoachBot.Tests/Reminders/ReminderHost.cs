using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Skills.Proactive;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Reminders;

/// <summary>The real bot host with the tiny company and a recording schedule in place of the delivery.</summary>
public sealed class ReminderHost : IAsyncDisposable
{
    private readonly BotServer _server;

    private ReminderHost(BotServer server, RecordingSchedule schedule)
    {
        _server = server;
        Schedule = schedule;
    }

    public RecordingSchedule Schedule { get; }
    public HttpClient Client => _server.Client;
    public IServiceProvider Services => _server.Services;

    /// <param name="postgres">A PostgreSQL connection string; SQLite in a temporary folder when null.</param>
    /// <param name="seed">The sales data to write; the tiny company when null.</param>
    public static async Task<ReminderHost> StartAsync(string? postgres = null, Func<IServiceProvider, Task>? seed = null)
    {
        var schedule = new RecordingSchedule();
        var settings = new Dictionary<string, string?>();
        if (postgres is not null) settings["ConnectionStrings:SalesCoach"] = postgres;
        var server = await BotServer.StartAsync(TempDirectory.Create("reminders"), settings,
            configure: builder => builder.Services.AddSingleton<IProactiveSchedule>(schedule));
        await (seed ?? KpiSkill.TinyCompany.WriteAsync)(server.Services);
        return new ReminderHost(server, schedule);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
