using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Proactive;
using SalesCoach.Skills.Proactive;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// The real bot host in-process (Kestrel, CloudAdapter, SQLite or PostgreSQL, Quartz with its job store)
/// with the diagnostic composer on and optional extra composers, for the delivery tests.
/// </summary>
public sealed class ProactiveTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProactiveTestHost(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        var address = app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string DataDirectory { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public IProactiveSchedule Schedule => Services.GetRequiredService<IProactiveSchedule>();
    public ProactiveStore Store => Services.GetRequiredService<ProactiveStore>();

    public static async Task<ProactiveTestHost> StartAsync(
        string? dataDirectory = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        IEnumerable<IProactiveComposer>? composers = null,
        TimeProvider? clock = null)
    {
        dataDirectory ??= TempDirectory.Create("proactive");
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            $"--SalesCoach:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            "--SalesCoach:DemoData=false",
            "--SalesCoach:Proactive:EnableTestComposer=true",
            "--SalesCoach:Proactive:Retry:BaseDelay=00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            args.Add($"--{key}={value}");
        var app = BotHost.Create([.. args], builder =>
        {
            foreach (var composer in composers ?? []) builder.Services.AddSingleton(composer);
            // Registered before the host's own services, which only TryAdd the system clock: Quartz, the skills
            // (through CompanyClock), the delivery store and the sender all read this one.
            if (clock is not null) builder.Services.AddSingleton(clock);
        });
        await app.StartAsync();
        return new ProactiveTestHost(app, dataDirectory);
    }

    /// <summary>The user writes to the bot through a channel whose connector is <paramref name="serviceUrl"/>: the host stores the reference.</summary>
    public async Task SayHelloAsync(Uri serviceUrl, string userId, string conversationId, string? tenantId = null, string? timeZone = null, string channelId = "msteams")
    {
        var activity = Activities.Message("你好", userId: userId, conversationId: conversationId, channelId: channelId);
        activity["serviceUrl"] = serviceUrl.ToString();
        var conversation = (JsonObject)activity["conversation"]!;
        conversation["conversationType"] = "personal";
        if (tenantId is not null) conversation["tenantId"] = tenantId;
        if (timeZone is not null) activity["localTimezone"] = timeZone;
        await ExpectRepliesClient.SendAsync(Client, activity);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
