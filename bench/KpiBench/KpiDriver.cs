using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SalesCoach.Bench.Driver;

namespace SalesCoach.Bench.Kpi;

/// <summary>One measured turn: which question kind, how long it took end to end, whether it came back with a reply.</summary>
public readonly record struct TurnSample(string Kind, double Ms, bool Ok, bool Card, bool Chart);

/// <summary>One round: every turn's sample, the wall time, and process CPU per turn (bot and driver share the process).</summary>
public sealed record KpiRound(string Provider, int Round, TurnSample[] Turns, TimeSpan Elapsed, double CpuMsPerTurn)
{
    public double TurnsPerSecond => Turns.Count(t => t.Ok) / Elapsed.TotalSeconds;
}

/// <summary>
/// N conversations in a closed loop (a user waits for the answer before asking again), each posting message
/// activities with deliveryMode expectReplies, so the replies come back in the response body and the
/// serviceUrl (a closed port) is never called. Conversation ids stay the same across warm-up and rounds,
/// so follow-ups ("那上个月呢?") have a previous question to follow.
/// </summary>
public sealed class KpiDriver(HttpClient client, string provider, int conversations, TextWriter? answers, int thinkMs = 0)
{
    private long _sequence;
    private readonly HashSet<string> _shown = [];

    public async Task<KpiRound> RunAsync(Uri endpoint, int round, int turnsPerConversation, CancellationToken cancellationToken)
    {
        var samples = new TurnSample[conversations * turnsPerConversation];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var random = new Random(c * 7919 + round);
            for (var t = 0; t < turnsPerConversation; t++)
            {
                samples[c * turnsPerConversation + t] = await PostAsync(endpoint, c, KpiScript.For(c, round * turnsPerConversation + t), cancellationToken);
                // Paced mode: people read the answer before asking again, so 20 conversations are 20 users, not 20 load generators.
                if (thinkMs > 0) await Task.Delay(thinkMs / 2 + random.Next(thinkMs + 1), cancellationToken);
            }
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new KpiRound(provider, round, samples, elapsed, cpu.TotalMilliseconds / samples.Length);
    }

    private async Task<TurnSample> PostAsync(Uri endpoint, int conversation, KpiTurn turn, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            id = $"kpi-{conversation}-{Interlocked.Increment(ref _sequence)}",
            timestamp = DateTimeOffset.UtcNow,
            channelId = "bench",
            serviceUrl = "http://127.0.0.1:1/",
            deliveryMode = "expectReplies",
            from = new { id = $"user-{conversation}" },
            recipient = new { id = "bot" },
            conversation = new { id = $"kpi-{provider}-{conversation}" },
            locale = turn.Locale,
            text = turn.Text,
        });
        var post = await ActivityPost.SendAsync(client, endpoint, body, cancellationToken);
        var text = post.Status == HttpStatusCode.OK ? FirstText(post.Reply) : null;
        if (answers is not null && text is not null) Show(turn, text);
        // A KPI answer carries an Adaptive Card; an error message or a misread question does not.
        return new TurnSample(turn.Kind, post.Ms, text is not null,
            post.Reply.AsSpan().IndexOf("application/vnd.microsoft.card.adaptive"u8) >= 0, post.Reply.AsSpan().IndexOf("data:image/png"u8) >= 0);
    }

    private void Show(KpiTurn turn, string text)
    {
        lock (_shown)
        {
            if (_shown.Add(turn.Text)) answers!.WriteLine($"--- [{turn.Kind}] {turn.Text}\n{text}");
        }
    }

    /// <summary>The first reply's text; null unless the body is an ExpectedReplies object with at least one activity.</summary>
    private static string? FirstText(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("activities", out var activities)
                && activities.ValueKind == JsonValueKind.Array && activities.GetArrayLength() > 0
                ? (activities[0].TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
