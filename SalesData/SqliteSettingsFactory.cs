using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SalesCoach.Data;

/// <summary>
/// Microsoft.Data.Sqlite's factory for code that opens its own connections to the project's SQLite file (Quartz's
/// job store): each connection gets the settings EF Core's get (SqlitePragmas) when it opens. Without them a Quartz
/// transaction that met a state write's lock slept 150 ms at a time in Microsoft.Data.Sqlite's retry instead of
/// polling for the lock, and every Quartz commit paid the fsync that synchronous=NORMAL spares the others.
/// </summary>
public sealed class SqliteSettingsFactory : DbProviderFactory
{
    public static readonly SqliteSettingsFactory Instance = new();

    private SqliteSettingsFactory()
    {
    }

    public override DbConnection CreateConnection()
    {
        var connection = new SqliteConnection();
        connection.StateChange += Opened;
        return connection;
    }

    private static void Opened(object? sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && sender is SqliteConnection connection) SqlitePragmas.Apply(connection);
    }

    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();
}
