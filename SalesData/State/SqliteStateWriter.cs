using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesCoach.Data.Diagnostics;

namespace SalesCoach.Data.State;

/// <summary>
/// Bot-state writes on SQLite, committed together. SQLite takes one writer at a time, and the turns' state writes
/// queued one behind another, each paying on its own for a connection, EF Core's SQL and a commit while the rest
/// waited: with 20 conversations that queue was the SQLite p99 of the mixed benchmark. Here a write joins a queue;
/// a caller that finds no batch running writes everything queued in one transaction, on one connection kept open
/// with its statements prepared (<see cref="SqliteStateStatements"/>), and the writes that queued meanwhile go in
/// the next batch. Each caller returns only once the commit holding its documents is done, so state is as durable
/// as before (WAL, synchronous=NORMAL: a restart keeps it). One write's eTag conflict fails that write alone.
/// </summary>
public sealed class SqliteStateWriter : IDisposable, IAsyncDisposable
{
    private readonly IDbContextFactory<SalesCoachDbContext> _dbFactory;
    private readonly TimeProvider _clock;
    private readonly ILogger<SqliteStateWriter> _logger;
    private readonly TimeSpan _checkpointInterval;
    private readonly Lock _lock = new();
    private List<Pending> _queued = [];
    private bool _writing;
    private Thread? _thread;
    private readonly SemaphoreSlim _wake = new(0);
    private bool _disposed;
    private long _commits;
    private SqliteStateStatements? _statements;
    private SqliteCheckpoints? _checkpoints;

    public SqliteStateWriter(IDbContextFactory<SalesCoachDbContext> dbFactory, TimeProvider clock, ILogger<SqliteStateWriter> logger)
        : this(dbFactory, clock, logger, TimeSpan.FromSeconds(1))
    {
    }

    /// <param name="checkpointInterval">How often at most the WAL is checkpointed while writes come in (see SqliteCheckpoints).</param>
    public SqliteStateWriter(IDbContextFactory<SalesCoachDbContext> dbFactory, TimeProvider clock, ILogger<SqliteStateWriter> logger, TimeSpan checkpointInterval)
    {
        _dbFactory = dbFactory;
        _clock = clock;
        _logger = logger;
        _checkpointInterval = checkpointInterval;
    }

    private sealed record Pending(IReadOnlyList<StateRowWrite> Rows, CancellationToken Cancellation)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public long Queued { get; } = TurnStages.Start();
    }

    /// <summary>
    /// Stores <paramref name="rows"/> together: true once committed; false, with none of them written, when a stored
    /// row holds another eTag than its writer expected (another turn or instance wrote first).
    /// </summary>
    public async Task<bool> WriteAsync(IReadOnlyList<StateRowWrite> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return true;
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(rows, cancellationToken);
        bool lead;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queued.Add(pending);
            lead = !_writing;
            _writing = true;
        }
        if (lead) WriteQueued();
        return await pending.Done.Task;
    }

    /// <summary>
    /// The caller that found no batch running writes what is queued itself (no thread hop when writes do not meet),
    /// then hands what queued meanwhile to the writer thread, so this caller returns after its own batch.
    /// </summary>
    private void WriteQueued()
    {
        if (WriteOnce()) HandOver();
    }

    /// <summary>
    /// Writes queued while a batch ran go on a thread of their own, not on the thread pool: on a busy machine the pool's
    /// queue holds every turn's continuations, and a batch handed to it waited behind them while the turns in it (and
    /// all that queued behind those) waited for the batch. A thread that sleeps between batches is woken at once.
    /// </summary>
    private void HandOver()
    {
        if (_thread is null)
        {
            _thread = new Thread(WriterLoop) { IsBackground = true, Name = "SQLite state writer" };
            _thread.Start();
        }
        _wake.Release();
    }

    private void WriterLoop()
    {
        while (true)
        {
            _wake.Wait();
            // Woken to write (it then owns the writing until the queue is empty), or to end after disposal.
            bool stop;
            lock (_lock) stop = _disposed && !_writing;
            if (stop) return;
            while (WriteOnce())
            {
            }
        }
    }

    /// <summary>Commits what is queued; true, with the writing kept, when more queued meanwhile.</summary>
    private bool WriteOnce()
    {
        List<Pending> batch;
        lock (_lock)
        {
            batch = _queued;
            _queued = [];
        }
        var more = false;
        try
        {
            WriteBatch(batch);
        }
        finally
        {
            bool close;
            lock (_lock)
            {
                more = _queued.Count > 0;
                _writing = more;
                close = _disposed && !more;
            }
            if (close)
            {
                _statements?.Dispose();
                _statements = null;
                _wake.Release();
            }
        }
        return more;
    }

    /// <summary>
    /// One transaction for the batch. Microsoft.Data.Sqlite's calls complete synchronously, so the batch runs on this
    /// thread without giving it up between statements while the others wait.
    /// </summary>
    private void WriteBatch(List<Pending> batch)
    {
        var live = new List<Pending>(batch.Count);
        foreach (var pending in batch)
        {
            if (pending.Cancellation.IsCancellationRequested) pending.Done.TrySetCanceled(pending.Cancellation);
            else live.Add(pending);
        }
        if (live.Count == 0) return;
        foreach (var pending in live) TurnStages.Record(TurnStages.StateQueue, pending.Queued);
        var stage = TurnStages.Start();
        try
        {
            var statements = _statements ??= Open();
            var now = _clock.GetUtcNow();
            var outcomes = new bool[live.Count];
            statements.Begin();
            try
            {
                for (var i = 0; i < live.Count; i++) outcomes[i] = statements.WriteAll(live[i].Rows, now);
                statements.Commit();
            }
            catch
            {
                statements.Rollback();
                throw;
            }
            TurnStages.Record(TurnStages.StateBatch, stage);
            Interlocked.Increment(ref _commits);
            _checkpoints!.AfterCommit();
            for (var i = 0; i < live.Count; i++) live[i].Done.TrySetResult(outcomes[i]);
        }
        catch (Exception ex)
        {
            // Nothing of the batch was committed; every writer in it learns why, and the next batch starts on a new connection.
            _logger.LogWarning(ex, "State write batch of {Count} failed", live.Count);
            _statements?.Dispose();
            _statements = null;
            foreach (var pending in live) pending.Done.TrySetException(ex);
        }
    }

    private SqliteStateStatements Open()
    {
        using var db = _dbFactory.CreateDbContext();
        var statements = SqliteStateStatements.Open(db);
        _checkpoints ??= new SqliteCheckpoints(db.Database.GetConnectionString()!, _checkpointInterval, _logger);
        return statements;
    }

    /// <summary>Transactions committed so far (fewer than the writes when writes came together).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Checkpoints that completed (for tests: the WAL reaches the database file without the writer's commits doing it).</summary>
    public int CheckpointsCompleted => _checkpoints?.Completed ?? 0;

    /// <summary>Waits for a checkpoint in progress.</summary>
    public Task WhenCheckpointIdleAsync() => _checkpoints?.WhenIdleAsync() ?? Task.CompletedTask;

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            // A batch in progress closes the connection when it ends (WriteOnce), and ends the writer thread.
            if (_writing) return;
        }
        _statements?.Dispose();
        _statements = null;
        _wake.Release();
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        // A checkpoint still copying finishes before the host lets go of the file.
        if (_checkpoints is { } checkpoints) await checkpoints.WhenIdleAsync();
    }
}
