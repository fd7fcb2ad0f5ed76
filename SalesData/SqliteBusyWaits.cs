using System.Diagnostics;
using System.Runtime.InteropServices;
using SalesCoach.Data.Diagnostics;
using SQLitePCL;

namespace SalesCoach.Data;

/// <summary>
/// What a connection does when another connection holds SQLite's write lock (SQLITE_BUSY): it sleeps and tries
/// again, up to <see cref="Timeout"/>. SQLite's own handler (PRAGMA busy_timeout) backs off 1, 2, 5, 10, 15, 20,
/// 25... ms, so a lock held 19 ms cost the waiter 33 ms. Locks here are held for one commit (a fraction of a
/// millisecond to a few ms), so this handler polls every <see cref="PollMs"/> ms instead: a try costs microseconds
/// and the waiter gets the lock about a millisecond after it is released. Every sleep is recorded (TurnStages
/// "sqlite.busy"), so a benchmark can count the waits and their time.
/// SQLitePCLRaw does not expose sqlite3_busy_handler, so it is called in the bundled e_sqlite3 library directly;
/// with another SQLite build (no such library) the connection keeps SQLite's own back-off.
/// </summary>
internal static partial class SqliteBusyWaits
{
    /// <summary>The connection string's Default Timeout (30 s): how long a writer waits before SQLITE_BUSY reaches it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public const int PollMs = 1;

    private static long _sleeps;
    private static bool _unavailable;

    [ThreadStatic]
    private static long _waitStarted;

    /// <summary>Sleeps taken so far in this process by every connection with this handler (for tests and benchmarks).</summary>
    public static long Sleeps => Interlocked.Read(ref _sleeps);

    /// <summary>
    /// Sets this handler on the connection (it replaces a busy timeout: SQLite keeps one handler per connection).
    /// False when the bundled library is not there; the caller then sets PRAGMA busy_timeout.
    /// </summary>
    public static unsafe bool TryInstall(sqlite3 handle)
    {
        if (Volatile.Read(ref _unavailable)) return false;
        try
        {
            return sqlite3_busy_handler(handle.DangerousGetHandle(), &OnBusy, IntPtr.Zero) == raw.SQLITE_OK;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _unavailable, true);
            return false;
        }
    }

    [LibraryImport("e_sqlite3")]
    private static unsafe partial int sqlite3_busy_handler(IntPtr db, delegate* unmanaged[Cdecl]<IntPtr, int, int> callback, IntPtr argument);

    /// <param name="count">How many times the handler was called for this lock attempt (0 the first time).</param>
    /// <returns>1 to try again, 0 to let SQLITE_BUSY through.</returns>
    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static int OnBusy(IntPtr argument, int count)
    {
        // The handler runs on the thread that met the lock, once per try of one statement: count 0 starts a wait.
        if (count == 0) _waitStarted = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(_waitStarted) >= Timeout) return 0;
        var start = TurnStages.Start();
        Thread.Sleep(PollMs);
        Interlocked.Increment(ref _sleeps);
        TurnStages.Record(TurnStages.SqliteBusy, start);
        return 1;
    }
}
