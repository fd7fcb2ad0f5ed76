using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SalesCoach.Bot.Scheduling;
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
    private readonly BotServer _server;

    private ProactiveTestHost(BotServer server) => _server = server;

    public string DataDirectory => _server.DataDirectory;
    public HttpClient Client => _server.Client;
    public IServiceProvider Services => _server.Services;
    public IProactiveSchedule Schedule => Services.GetRequiredService<IProactiveSchedule>();
    public ProactiveStore Store => Services.GetRequiredService<ProactiveStore>();

    public static async Task<ProactiveTestHost> StartAsync(
        string? dataDirectory = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        IEnumerable<IProactiveComposer>? composers = null,
        TimeProvider? clock = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["SalesCoach:Proactive:EnableTestComposer"] = "true",
            ["SalesCoach:Proactive:Retry:BaseDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var server = await BotServer.StartAsync(dataDirectory ?? TempDirectory.Create("proactive"), all, configure: builder =>
        {
            foreach (var composer in composers ?? []) builder.Services.AddSingleton(composer);
            // Registered before the host's own services, which only TryAdd the system clock: Quartz, the skills
            // (through CompanyClock), the delivery store and the sender all read this one.
            if (clock is not null) builder.Services.AddSingleton(clock);
        });
        return new ProactiveTestHost(server);
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

    /// <summary>
    /// Waits until the scheduler holds no proactive trigger: from then on nothing more can be sent, so "delivered
    /// once" is asserted on that signal instead of sleeping and hoping a repeat would have arrived. A one-off
    /// trigger is deleted only when its job completes, and a retry or the next occurrence is scheduled before
    /// that, so an empty group also means no send is still under way.
    /// </summary>
    public async Task WaitUntilNothingLeftToFireAsync(TimeSpan? timeout = null)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var pending = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ProactiveJobData.Group));
            if (pending.Count == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"still pending: {string.Join(", ", pending.Select(k => k.Name))}");
            await Task.Delay(50);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
