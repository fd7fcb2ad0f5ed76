using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace SalesCoach.Data.State;

/// <summary>
/// Copies the WAL's committed pages into the database file beside the state writes instead of inside them. SQLite
/// checkpoints automatically in the commit that takes the WAL past 1,000 pages, and that commit then waits for
/// the copy and two fsyncs (4 to 10 ms each on this machine's disk) while every turn queued behind it waits too.
/// The state writer's connection turns that off and calls <see cref="AfterCommit"/>; at most once per
/// <paramref name="interval"/> a PASSIVE checkpoint runs on a connection of its own, which takes no lock a writer
/// needs. Nothing runs while nothing is written.
/// </summary>
internal sealed class SqliteCheckpoints(string connectionString, TimeSpan interval, ILogger logger)
{
    private readonly Lock _lock = new();
    private long _lastStarted = long.MinValue;
    private Task _running = Task.CompletedTask;

    /// <summary>Checkpoints that completed (for tests).</summary>
    public int Completed { get; private set; }

    public void AfterCommit()
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            if (!_running.IsCompleted || (_lastStarted != long.MinValue && Stopwatch.GetElapsedTime(_lastStarted, now) < interval)) return;
            _lastStarted = now;
            _running = Task.Run(Checkpoint);
        }
    }

    /// <summary>Waits for a checkpoint in progress (disposal, tests).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock) return _running;
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            // PASSIVE: copies what no reader still needs and never waits; what it leaves, the next one copies.
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
            lock (_lock) Completed++;
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            // The WAL keeps the commits either way; the next commit tries again.
            logger.LogWarning(ex, "WAL checkpoint of the state database failed");
        }
    }
}
