using Microsoft.Bot.Builder;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Model;

namespace SalesCoach.Bot.Scenarios;

/// <summary>
/// The bot as the scenario runner talks to it: the real host (adapter, activity handler, state in a
/// SQLite file, every skill), the demo company seeded for a fixed "now", and that instant as the clock,
/// so "本月" and "明天上午10点" mean the same thing on every run. Hosted services are not started:
/// nothing is delivered proactively while scenarios run.
/// </summary>
public sealed class ScenarioHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _ownedDirectory;

    private ScenarioHost(WebApplication app, string? ownedDirectory, DateTimeOffset now)
    {
        _app = app;
        _ownedDirectory = ownedDirectory;
        Now = now;
    }

    public DateTimeOffset Now { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="dataDirectory">A folder to keep the database in (reused between runs); a temporary one when null.</param>
    public static async Task<ScenarioHost> StartAsync(DateTimeOffset now, string? dataDirectory = null, CancellationToken cancellationToken = default)
    {
        var owned = dataDirectory is null ? Path.Combine(Path.GetTempPath(), "salescoach-scenarios-" + Guid.NewGuid().ToString("N")) : null;
        var directory = Path.GetFullPath(dataDirectory ?? owned!);
        Directory.CreateDirectory(directory);
        var clock = new FixedClock(now);
        var app = BotHost.Create(
            [
                "--environment=Development",
                $"--SalesCoach:DataDirectory={directory}",
                "--SalesCoach:DemoData=true",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft=Warning",
            ],
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(app.Configuration["SalesCoach:TimeZone"] ?? "Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false, anchor: today, cancellationToken);
        await app.Services.GetRequiredService<SalesOrganisation>().RefreshAsync(cancellationToken);
        return new ScenarioHost(app, owned, now);
    }

    /// <summary>The demo user a scenario speaks as: admin, manager, rep, or a user's name.</summary>
    public async Task<SalesUser> PersonaAsync(string who, CancellationToken cancellationToken = default)
    {
        var org = await Services.GetRequiredService<SalesOrganisation>().GetAsync(cancellationToken);
        var users = org.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var user = who.ToLowerInvariant() switch
        {
            "admin" => users.FirstOrDefault(u => u.Role == SalesRole.Admin),
            "manager" => users.FirstOrDefault(u => u.Role == SalesRole.Manager),
            // 张伟 is the rep the examples name; any rep otherwise.
            "rep" => users.FirstOrDefault(u => u.Role == SalesRole.Rep && u.Name == "张伟") ?? users.FirstOrDefault(u => u.Role == SalesRole.Rep),
            _ => users.FirstOrDefault(u => u.Name == who || u.Id == who),
        };
        return user ?? throw new ScenarioFormatException($"the demo company has no user '{who}'");
    }

    public ScenarioSession OpenSession(Scenario scenario, SalesUser persona) =>
        new(Services.GetRequiredService<LocalChannelAdapter>(), Services.GetRequiredService<IBot>(), scenario, persona, Now);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_ownedDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_ownedDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>A clock standing still at the scenario's "now" (timers created from it never fire on their own).</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
