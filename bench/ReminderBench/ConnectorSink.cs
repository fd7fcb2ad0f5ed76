using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SalesCoach.Bench.Reminders;

/// <summary>
/// The local Bot Connector stand-in: accepts POST /v3/conversations/{id}/activities like the real
/// service and counts each delivered message by the occurrence key the diagnostic composer writes in brackets.
/// </summary>
public sealed class ConnectorSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _byOccurrence = new();
    private long _received;
    private long _firstTicks = long.MaxValue, _lastTicks;

    private ConnectorSink(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;
    public long Received => Interlocked.Read(ref _received);
    public int Distinct => _byOccurrence.Count;
    public int Duplicates => _byOccurrence.Values.Sum(v => v - 1);
    public DateTimeOffset First => new(Interlocked.Read(ref _firstTicks), TimeSpan.Zero);
    public DateTimeOffset Last => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public static async Task<ConnectorSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ConnectorSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext context) =>
        {
            var activity = await JsonNode.ParseAsync(context.Request.Body);
            var text = activity?["text"]?.GetValue<string>() ?? "";
            var open = text.IndexOf('[');
            var close = text.IndexOf(']', open + 1);
            if (open >= 0 && close > open) sink._byOccurrence.AddOrUpdate(text[(open + 1)..close], 1, (_, n) => n + 1);
            var now = DateTimeOffset.UtcNow.UtcTicks;
            Interlocked.Increment(ref sink._received);
            InterlockedMin(ref sink._firstTicks, now);
            InterlockedMax(ref sink._lastTicks, now);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Urls.First();
        sink.ServiceUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return sink;
    }

    private static void InterlockedMin(ref long target, long value)
    {
        long seen;
        while (value < (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
