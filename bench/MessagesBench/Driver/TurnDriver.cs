using System.Diagnostics;
using System.Net;

namespace SalesCoach.Bench.Driver;

/// <summary>
/// Plays N concurrent conversations against one endpoint, each posting its turns back to back (a
/// closed loop: a user waits for the answer before typing again), and times every turn end to end.
/// </summary>
public sealed class TurnDriver(HttpClient client, int conversations)
{
    private long _sequence;

    public async Task<RoundResult> RunAsync(string server, int round, Uri endpoint, int turnsPerConversation, CancellationToken cancellationToken)
    {
        var latencies = new double[conversations * turnsPerConversation];
        var failures = 0;
        long replyBytes = 0;
        // Process CPU time (servers and driver share the process, but only this server is busy now):
        // unlike wall time, it barely moves when other builds compete for the cores.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, conversations).Select(conversation => Task.Run(async () =>
        {
            for (var turn = 0; turn < turnsPerConversation; turn++)
            {
                var (ok, ms, bytes) = await PostTurnAsync(endpoint, conversation, cancellationToken);
                latencies[conversation * turnsPerConversation + turn] = ms;
                Interlocked.Add(ref replyBytes, bytes);
                if (!ok) Interlocked.Increment(ref failures);
            }
        }, cancellationToken));
        await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new RoundResult(server, round, latencies.Length, failures, elapsed, latencies,
            (double)replyBytes / latencies.Length, cpu.TotalMilliseconds / latencies.Length);
    }

    /// <summary>One turn: POST the activity and read the whole reply body; the clock stops after the body.</summary>
    private async Task<(bool Ok, double Ms, int ReplyBytes)> PostTurnAsync(Uri endpoint, int conversation, CancellationToken cancellationToken)
    {
        var body = BenchActivity.Build(conversation, Interlocked.Increment(ref _sequence));
        var post = await ActivityPost.SendAsync(client, endpoint, body, cancellationToken);
        return (post.Status == HttpStatusCode.OK && BenchActivity.HasReplies(post.Reply), post.Ms, post.Reply.Length);
    }
}
