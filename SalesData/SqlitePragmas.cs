using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCoach.Data;

/// <summary>
/// Per-connection SQLite settings. synchronous=NORMAL is the documented safe pairing with WAL (a power
/// cut may lose the last commits, never corrupt the file) and roughly halves the cost of a commit.
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

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
