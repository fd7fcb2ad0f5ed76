using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using SalesCoach.Data;

namespace SalesCoach.Bench.Servers;

/// <summary>
/// Diagnostic (--sqlite-private-cache, --sqlite-sync-normal): a context factory for the storage only, on
/// the same database file, with the connection settings under test. The shipped factory uses
/// "Cache=Shared" (table-level locks, and lock conflicts that Microsoft.Data.Sqlite retries by sleeping)
/// and SQLite's default synchronous=FULL (an fsync per commit even in WAL mode).
/// </summary>
public sealed class SqliteExperiment(IOptions<DataOptions> data, BenchOptions options) : IDbContextFactory<SalesCoachDbContext>
{
    private readonly DbContextOptions<SqliteSalesCoachDbContext> _options = Build(data.Value, options);

    public SalesCoachDbContext CreateDbContext() => new SqliteSalesCoachDbContext(_options);

    private static DbContextOptions<SqliteSalesCoachDbContext> Build(DataOptions data, BenchOptions options)
    {
        var cache = options.SqlitePrivateCache ? "Private" : "Shared";
        var builder = new DbContextOptionsBuilder<SqliteSalesCoachDbContext>()
            .UseSqlite($"Data Source={data.SqlitePath};Cache={cache};Default Timeout=30");
        if (options.SqliteSyncNormal) builder.AddInterceptors(new SyncNormalInterceptor());
        return builder.Options;
    }

    /// <summary>WAL with synchronous=NORMAL stays consistent after a crash; only the last commits may be lost on power failure.</summary>
    private sealed class SyncNormalInterceptor : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
