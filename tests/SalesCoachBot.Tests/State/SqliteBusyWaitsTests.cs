using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.SalesData;

namespace SalesCoach.Tests.State;

/// <summary>SQLite connections of the data layer: settings kept across the pool, and the busy handler that polls for the write lock.</summary>
public sealed class SqliteBusyWaitsTests : IDisposable
{
    private readonly TempDirectory _folder = new("busy-waits");

    public void Dispose() => _folder.Dispose();

    private async Task<ServiceProvider> StartAsync()
    {
        var services = SalesDataServices.Create(dataDirectory: _folder.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return services;
    }

    private static async Task<object?> ScalarAsync(SalesCoachDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task AWriterThatFindsTheLockTakenPollsUntilItIsFreeThenWrites()
    {
        await using var services = await StartAsync();
        var path = services.GetRequiredService<IOptions<DataOptions>>().Value.SqlitePath;
        await using var db = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContext();
        await db.Database.OpenConnectionAsync();

        // A connection without our settings (as Quartz's are) holds the write lock for a while.
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync();
        var holding = other.BeginTransaction(deferred: false);
        var sleepsBefore = SqliteBusyWaits.Sleeps;
        var write = Task.Run(() => db.Database.ExecuteSqlRaw("INSERT INTO bot_state (Key, Json, ETag, UpdatedAt) VALUES ('busy', 'null', 'e', '2026-01-01 00:00:00+00:00');"));
        await Task.Delay(200);
        Assert.False(write.IsCompleted, write.Exception?.ToString());
        await holding.CommitAsync();
        await holding.DisposeAsync();

        Assert.Equal(1, await write.WaitAsync(TimeSpan.FromSeconds(10)));
        // Microsoft.Data.Sqlite's own retry (no handler) sleeps 150 ms at a time and is not counted: polls at 1 ms are.
        Assert.True(SqliteBusyWaits.Sleeps - sleepsBefore >= 20, $"{SqliteBusyWaits.Sleeps - sleepsBefore} sleeps");
    }

    [Fact]
    public async Task APooledConnectionKeepsItsSettingsWhenOpenedAgain()
    {
        await using var services = await StartAsync();
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        for (var open = 0; open < 3; open++)
        {
            await using var db = factory.CreateDbContext();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1L, await ScalarAsync(db, "PRAGMA synchronous;"));   // NORMAL
            Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode;"));
        }
    }

    [Fact]
    public async Task ConnectionsFromTheSettingsFactoryAsQuartzOpensThemGetTheSameSettings()
    {
        await using var services = await StartAsync();
        var path = services.GetRequiredService<IOptions<DataOptions>>().Value.SqlitePath;
        await using var quartz = SqliteSettingsFactory.Instance.CreateConnection();
        quartz.ConnectionString = $"Data Source={path};Default Timeout=30";
        await quartz.OpenAsync();
        await using (var synchronous = quartz.CreateCommand())
        {
            synchronous.CommandText = "PRAGMA synchronous;";
            Assert.Equal(1L, await synchronous.ExecuteScalarAsync());
        }

        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync();
        var holding = other.BeginTransaction(deferred: false);
        var sleepsBefore = SqliteBusyWaits.Sleeps;
        var write = Task.Run(async () =>
        {
            await using var insert = quartz.CreateCommand();
            insert.CommandText = "INSERT INTO bot_state (Key, Json, ETag, UpdatedAt) VALUES ('quartz', 'null', 'e', '2026-01-01 00:00:00+00:00');";
            return await insert.ExecuteNonQueryAsync();
        });
        await Task.Delay(100);
        await holding.CommitAsync();
        await holding.DisposeAsync();
        Assert.Equal(1, await write.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(SqliteBusyWaits.Sleeps - sleepsBefore >= 10, $"{SqliteBusyWaits.Sleeps - sleepsBefore} sleeps");
    }
}
