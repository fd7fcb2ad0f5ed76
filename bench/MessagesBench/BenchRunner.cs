using System.Net;
using SalesCoach.Bench.Driver;
using SalesCoach.Bench.Reporting;
using SalesCoach.Bench.Servers;

namespace SalesCoach.Bench;

/// <summary>
/// Starts both servers in this process, warms them up, then measures them alternately (echo, help,
/// echo, help, ...) so that both face the same machine state, and summarises each by its round medians.
/// </summary>
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var loadBefore = LoadAverage.Read();
        if (options.MinThreads > 0)
        {
            // Blocking calls (SQLite waits synchronously for its lock) starve a 2-core pool that grows slowly;
            // a higher minimum shows how much of a turn's latency is that queueing rather than work.
            ThreadPool.GetMinThreads(out _, out var io);
            ThreadPool.SetMinThreads(options.MinThreads, Math.Max(io, options.MinThreads));
        }
        await using var echo = await EchoServer.StartAsync(options.FloorReusesClients, cancellationToken);
        await using var help = await SalesCoachServer.StartAsync(options, cancellationToken);
        progress.WriteLine($"echo at {echo.MessagesEndpoint}, help at {help.MessagesEndpoint}");
        var storageTimings = options.TimeStorage ? help.Services.GetRequiredService<StorageTimings>() : null;

        using var client = CreateClient(options.Conversations);
        var driver = new TurnDriver(client, options.Conversations);

        if (options.Warmup > 0)
        {
            foreach (var server in new[] { echo, help })
            {
                var warm = await driver.RunAsync(server.Name, 0, server.MessagesEndpoint, options.Warmup, cancellationToken);
                progress.WriteLine($"warmup {server.Name}: {warm.Turns} turns, {warm.Failures} failed");
            }
            // Tiered JIT recompiles the hot methods in the background once calls pause; let it finish so
            // the first measured round does not pay for it (it would show as extra CPU per turn).
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }

        var rounds = new List<RoundFigures>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var server in new[] { echo, help })
            {
                Settle();
                storageTimings?.TakeSample();
                var result = await driver.RunAsync(server.Name, round, server.MessagesEndpoint, options.TurnsPerConversation, cancellationToken);
                var figures = RoundFigures.From(result, server == help ? storageTimings?.TakeSample() : null);
                rounds.Add(figures);
                progress.WriteLine($"round {round} {server.Name}: {figures.TurnsPerSecond:F0} turns/s, p99 {figures.P99Ms:F1} ms, {figures.Failures} failed");
            }
        }

        return new BenchReport(startedAt, MachineInfo.Current(), options,
            ServerSummary.From(echo.Name, rounds.Where(r => r.Server == echo.Name).ToList()),
            ServerSummary.From(help.Name, rounds.Where(r => r.Server == help.Name).ToList()),
            rounds, loadBefore, LoadAverage.Read());
    }

    /// <summary>One client for all conversations; a connection each so no turn queues behind another in the pool.</summary>
    private static HttpClient CreateClient(int conversations) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(conversations * 2, 16),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Starts each measurement from a collected heap, so one server does not pay for the other's garbage.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
