using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SalesCoach.Bench.Driver;

namespace SalesCoach.Bench.Mixed;

/// <summary>One measured turn: its kind, end-to-end time, and whether a reply came back (card, if any).</summary>
public readonly record struct MixedSample(string Kind, double Ms, bool Ok, bool Card);

/// <summary>One round: every sample, the wall time, and process CPU per turn (bot and driver share the process).</summary>
public sealed record MixedRound(int Round, MixedSample[] Turns, TimeSpan Elapsed, double CpuMsPerTurn)
{
    public double TurnsPerSecond => Turns.Count(t => t.Ok) / Elapsed.TotalSeconds;
}

/// <summary>
/// N conversations in a closed loop (a user waits for the answer before typing again), posting message
/// activities with deliveryMode expectReplies so replies come back in the response body. Conversation and
/// user ids stay the same across warm-up and rounds, so a follow-up has its question and state is reused
/// as in a real conversation. <see cref="RunAsync"/> walks the mixed cycle; <see cref="RunKindAsync"/>
/// sends one kind only, which is how CPU per turn is told apart by kind (CPU cannot be split per request
/// while kinds run interleaved).
/// </summary>
public sealed class MixedDriver(HttpClient client, string provider, int conversations, TextWriter? answers)
{
    private long _sequence;
    private readonly HashSet<string> _shown = [];

    public Task<MixedRound> RunAsync(Uri endpoint, int round, int turnsPerConversation, CancellationToken cancellationToken) =>
        RunCoreAsync(endpoint, round, turnsPerConversation, (c, t) => MixedScript.For(c, (long)round * turnsPerConversation + t), cancellationToken);

    public Task<MixedRound> RunKindAsync(Uri endpoint, string kind, int turnsPerConversation, CancellationToken cancellationToken) =>
        RunCoreAsync(endpoint, 0, turnsPerConversation, (_, _) => MixedScript.OfKind(kind), cancellationToken);

    private async Task<MixedRound> RunCoreAsync(Uri endpoint, int round, int turnsPerConversation, Func<int, int, MixedTurn> next, CancellationToken cancellationToken)
    {
        var samples = new MixedSample[conversations * turnsPerConversation];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var t = 0; t < turnsPerConversation; t++)
                samples[c * turnsPerConversation + t] = await PostAsync(endpoint, c, next(c, t), cancellationToken);
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new MixedRound(round, samples, elapsed, cpu.TotalMilliseconds / samples.Length);
    }

    private async Task<MixedSample> PostAsync(Uri endpoint, int conversation, MixedTurn turn, CancellationToken cancellationToken)
    {
        var (locale, text) = MixedScript.Say(turn, conversation);
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            id = $"mixed-{conversation}-{Interlocked.Increment(ref _sequence)}",
            timestamp = DateTimeOffset.UtcNow,
            channelId = "bench",
            serviceUrl = "http://127.0.0.1:1/",
            deliveryMode = "expectReplies",
            from = new { id = $"mixed-user-{conversation}" },
            recipient = new { id = "bot" },
            conversation = new { id = $"mixed-{provider}-{conversations}-{conversation}" },
            locale,
            text,
        });
        var post = await ActivityPost.SendAsync(client, endpoint, body, cancellationToken);
        var reply = post.Status == HttpStatusCode.OK ? FirstText(post.Reply) : null;
        if (answers is not null && reply is not null) Show(turn.Kind, text, reply);
        return new MixedSample(turn.Kind, post.Ms, reply is not null, post.Reply.AsSpan().IndexOf("application/vnd.microsoft.card.adaptive"u8) >= 0);
    }

    private void Show(string kind, string text, string reply)
    {
        lock (_shown)
        {
            if (_shown.Add(text)) answers!.WriteLine($"--- [{kind}] {text}\n{reply}");
        }
    }

    /// <summary>The first reply's text (empty for a card without text); null unless the body carries at least one activity.</summary>
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
