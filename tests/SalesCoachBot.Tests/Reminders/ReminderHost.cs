using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Bot.Hosting;
using SalesCoach.Skills.Proactive;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Reminders;

/// <summary>The real bot host with the tiny company and a recording schedule in place of the delivery.</summary>
public sealed class ReminderHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReminderHost(WebApplication app, RecordingSchedule schedule)
    {
        _app = app;
        Schedule = schedule;
        var address = app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public RecordingSchedule Schedule { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <param name="postgres">A PostgreSQL connection string; SQLite in a temporary folder when null.</param>
    /// <param name="seed">The sales data to write; the tiny company when null.</param>
    public static async Task<ReminderHost> StartAsync(string? postgres = null, Func<IServiceProvider, Task>? seed = null)
    {
        var schedule = new RecordingSchedule();
        List<string> args =
        [
            "--urls=http://127.0.0.1:0", "--environment=Development", $"--SalesCoach:DataDirectory={TempDirectory.Create("reminders")}",
            "--Logging:LogLevel:Default=Warning", "--SalesCoach:DemoData=false",
        ];
        if (postgres is not null) args.Add($"--ConnectionStrings:SalesCoach={postgres}");
        var app = BotHost.Create([.. args], builder => builder.Services.AddSingleton<IProactiveSchedule>(schedule));
        await app.StartAsync();
        await (seed ?? KpiSkill.TinyCompany.WriteAsync)(app.Services);
        return new ReminderHost(app, schedule);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
