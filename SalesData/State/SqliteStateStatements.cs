using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SalesCoach.Data.State;

/// <summary>
/// The state writer's own connection and its statements, compiled once and reused for every document (through
/// EF Core each write paid for a pooled connection, the per-connection pragmas, LINQ translation and a fresh
/// sqlite3_prepare). Table and column names come from the EF Core model, so the SQL follows the mapping.
/// Not thread-safe: <see cref="SqliteStateWriter"/> uses it from one batch at a time.
/// </summary>
internal sealed class SqliteStateStatements : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _rollbackToSavepoint;
    private readonly SqliteCommand _releaseSavepoint;
    private SqliteTransaction? _transaction;

    private SqliteStateStatements(SqliteConnection connection, string update, string insert)
    {
        _connection = connection;
        _update = Command(update, "@key", "@json", "@etag", "@updated", "@expected");
        _insert = Command(insert, "@key", "@json", "@etag", "@updated");
        _savepoint = Command("SAVEPOINT state_write;");
        _rollbackToSavepoint = Command("ROLLBACK TO state_write;");
        _releaseSavepoint = Command("RELEASE state_write;");
    }

    public static SqliteStateStatements Open(SalesCoachDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(BotStateRecord)) ?? throw new InvalidOperationException("BotStateRecord is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var (name, key, json, etag, updated) = (sql.DelimitIdentifier(table.Name, table.Schema), Column(nameof(BotStateRecord.Key)),
            Column(nameof(BotStateRecord.Json)), Column(nameof(BotStateRecord.ETag)), Column(nameof(BotStateRecord.UpdatedAt)));

        var connection = new SqliteConnection(db.Database.GetConnectionString());
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection);
            // Commits on this connection never checkpoint the WAL (two fsyncs, while the next batch waits): SqliteCheckpoints does,
            // beside the writes. Other connections keep SQLite's automatic checkpoint, which stays idle while the WAL is kept short.
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA wal_autocheckpoint=0;";
                pragma.ExecuteNonQuery();
            }
            return new SqliteStateStatements(connection,
                // The expected eTag is null for an unconditional write ("*" or none).
                $"UPDATE {name} SET {json} = @json, {etag} = @etag, {updated} = @updated WHERE {key} = @key AND (@expected IS NULL OR {etag} = @expected);",
                // A row that appeared meanwhile is left alone: then it holds another eTag, i.e. a conflict.
                $"INSERT INTO {name} ({key}, {json}, {etag}, {updated}) VALUES (@key, @json, @etag, @updated) ON CONFLICT ({key}) DO NOTHING;");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public string DataSource => _connection.DataSource;

    /// <summary>BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken at once, not at the first write.</summary>
    public void Begin() => _transaction = _connection.BeginTransaction();

    public void Commit()
    {
        _transaction!.Commit();
        EndTransaction();
    }

    public void Rollback()
    {
        try
        {
            _transaction?.Rollback();
        }
        finally
        {
            EndTransaction();
        }
    }

    /// <summary>
    /// Writes every document or none: false, with nothing written, when a stored row holds another eTag than its writer
    /// expected. One document needs no savepoint, since a failed one changed nothing.
    /// </summary>
    public bool WriteAll(IReadOnlyList<StateRowWrite> rows, DateTimeOffset now)
    {
        if (rows.Count == 1) return Write(rows[0], now);
        Run(_savepoint);
        foreach (var row in rows)
        {
            if (Write(row, now)) continue;
            Run(_rollbackToSavepoint);
            Run(_releaseSavepoint);
            return false;
        }
        Run(_releaseSavepoint);
        return true;
    }

    private bool Write(StateRowWrite row, DateTimeOffset now)
    {
        Bind(_update, row, now);
        _update.Parameters["@expected"].Value = (object?)row.Expected ?? DBNull.Value;
        if (Run(_update) == 1) return true;
        Bind(_insert, row, now);
        return Run(_insert) == 1;
    }

    private static void Bind(SqliteCommand command, StateRowWrite row, DateTimeOffset now)
    {
        command.Parameters["@key"].Value = row.Key;
        command.Parameters["@json"].Value = row.Json;
        command.Parameters["@etag"].Value = row.ETag;
        // Bound as EF Core stores a DateTimeOffset on SQLite (text, "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz").
        command.Parameters["@updated"].Value = now;
    }

    private int Run(SqliteCommand command)
    {
        command.Transaction = _transaction;
        return command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string text, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = text;
        foreach (var parameter in parameters) command.Parameters.Add(parameter, SqliteType.Text);
        return command;
    }

    private void EndTransaction()
    {
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Dispose()
    {
        EndTransaction();
        foreach (var command in new[] { _update, _insert, _savepoint, _rollbackToSavepoint, _releaseSavepoint }) command.Dispose();
        _connection.Dispose();
    }
}
