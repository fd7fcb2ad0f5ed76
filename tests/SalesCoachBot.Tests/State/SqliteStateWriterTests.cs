using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.State;
using SalesCoach.Data;
using SalesCoach.Data.State;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.SalesData;

namespace SalesCoach.Tests.State;

/// <summary>The SQLite state writer: writes that queue meanwhile share a commit, and state stays durable.</summary>
public sealed class SqliteStateWriterTests : IDisposable
{
    private readonly TempDirectory _folder = new("state-writer");

    public void Dispose() => _folder.Dispose();

    private async Task<ServiceProvider> StartAsync()
    {
        var services = SalesDataServices.Create(dataDirectory: _folder.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return services;
    }

    private static EfCoreStorage Storage(IServiceProvider services) =>
        new(services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(), services.GetRequiredService<SqliteStateWriter>());

    private static string DatabasePath(IServiceProvider services) => services.GetRequiredService<IOptions<DataOptions>>().Value.SqlitePath;

    private static Dictionary<string, object> Document(int value) => new() { ["v"] = value };

    [Fact]
    public async Task WritesThatQueueBehindABusyDatabaseShareACommitAndAllLand()
    {
        await using var services = await StartAsync();
        var storage = Storage(services);
        var writer = services.GetRequiredService<SqliteStateWriter>();
        var keys = Enumerable.Range(0, 12).Select(i => $"queued{i}").ToArray();

        // Another connection holds SQLite's write lock: the first write's batch waits for it, the others queue behind.
        await using (var other = new SqliteConnection($"Data Source={DatabasePath(services)}"))
        {
            await other.OpenAsync();
            await using var blocking = (SqliteTransaction)await other.BeginTransactionAsync();
            var writes = keys.Select((k, i) => Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [k] = Document(i) }))).ToArray();
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            Assert.DoesNotContain(writes, w => w.IsCompleted);
            await blocking.CommitAsync();
            await Task.WhenAll(writes);
        }

        Assert.InRange(writer.Commits, 1, keys.Length - 1);
        var stored = await storage.ReadAsync(keys);
        for (var i = 0; i < keys.Length; i++) Assert.Equal(i, ((JObject)stored[keys[i]]).Value<int>("v"));
    }

    [Fact]
    public async Task StateWrittenBeforeARestartIsReadAfterIt()
    {
        await using (var services = await StartAsync())
            await Storage(services).WriteAsync(new Dictionary<string, object> { ["durable"] = Document(42) });

        await using var restarted = await StartAsync();
        var read = await Storage(restarted).ReadAsync(["durable"]);
        Assert.Equal(42, ((JObject)read["durable"]).Value<int>("v"));
    }

    [Fact]
    public async Task TheRowIsStoredAsEfCoreReadsIt()
    {
        await using var services = await StartAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Storage(services).WriteAsync(new Dictionary<string, object> { ["row"] = Document(1) });
        await using var db = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContext();
        var row = await db.BotState.SingleAsync(r => r.Key == "row");
        Assert.InRange(row.UpdatedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(1, JObject.Parse(row.Json).Value<int>("v"));
        Assert.Equal(32, row.ETag.Length);
    }

    [Fact]
    public async Task TheBackgroundCheckpointCarriesCommitsIntoTheDatabaseFile()
    {
        await using var services = await StartAsync();
        await using var writer = new SqliteStateWriter(services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(),
            TimeProvider.System, NullLogger<SqliteStateWriter>.Instance, TimeSpan.Zero);
        var storage = new EfCoreStorage(services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(), writer);
        await storage.WriteAsync(new Dictionary<string, object> { ["checkpointed"] = Document(7) });
        await writer.WhenCheckpointIdleAsync();
        Assert.True(writer.CheckpointsCompleted >= 1);

        // The database file alone, without its WAL: the row is there only if a checkpoint copied it (the writer's
        // own commits never checkpoint, and a WAL this short is far from SQLite's automatic threshold).
        var copy = _folder.File("copy.db");
        File.Copy(DatabasePath(services), copy);
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Json FROM bot_state WHERE Key = 'checkpointed';";
        Assert.Equal(7, JObject.Parse((string)(await command.ExecuteScalarAsync())!).Value<int>("v"));
    }
}
