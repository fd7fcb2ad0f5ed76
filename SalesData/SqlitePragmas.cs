using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace SalesCoach.Data;

/// <summary>
/// Per-connection SQLite settings. synchronous=NORMAL is the documented safe pairing with WAL (a power
/// cut may lose the last commits, never corrupt the file) and roughly halves the cost of a commit.
/// A connection that finds the write lock taken waits inside SQLite (SqliteBusyWaits) instead of getting
/// SQLITE_BUSY at once: Microsoft.Data.Sqlite then retried after a fixed 150 ms sleep (its "Default
/// Timeout" bounds that loop, it sets no busy handler), which was once the SQLite p99 of the mixed benchmark.
/// Both settings belong to the physical connection and survive Microsoft.Data.Sqlite's pool, so they are set
/// on its first open only; EF Core opens a pooled connection for nearly every query, and running the pragmas
/// on each open cost a statement prepare and step every time.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    // The native handles already set up; an entry goes when its handle is collected (the physical connection closed).
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];
    private static readonly object Marker = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The same settings on a connection EF Core does not open (the state writer's own).</summary>
    internal static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            if (Configured.TryGetValue(handle, out _)) return;
            Run(connection, SqliteBusyWaits.TryInstall(handle) ? "PRAGMA synchronous=NORMAL;" : "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
            Configured.AddOrUpdate(handle, Marker);
            return;
        }
        Run(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
    }

    private static void Run(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
