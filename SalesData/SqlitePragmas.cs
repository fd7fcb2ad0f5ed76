using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCoach.Data;

/// <summary>
/// Per-connection SQLite settings. synchronous=NORMAL is the documented safe pairing with WAL (a power
/// cut may lose the last commits, never corrupt the file) and roughly halves the cost of a commit.
/// busy_timeout makes a writer that finds the write lock taken wait inside SQLite, which retries after
/// 1, 2, 5, 10... ms. Without it SQLite answers SQLITE_BUSY at once and Microsoft.Data.Sqlite retries
/// after a fixed 150 ms sleep (its "Default Timeout" bounds that loop, it sets no busy timeout): one
/// state write meeting another cost a turn 150 ms, which was the SQLite p99 of the mixed benchmark.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The same bound as the connection string's Default Timeout (30 s), in milliseconds.</summary>
    private const string BusyTimeoutSql = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    /// <summary>The same settings on a connection EF Core does not open (the state writer's own).</summary>
    internal static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = BusyTimeoutSql;
        command.ExecuteNonQuery();
    }
}
