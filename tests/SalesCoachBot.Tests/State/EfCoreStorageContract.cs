using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.State;
using SalesCoach.Data;
using SalesCoach.Data.State;

namespace SalesCoach.Tests.State;

/// <summary>The IStorage behaviour both databases must show; each subclass supplies a database.</summary>
public abstract class EfCoreStorageContract
{
    protected static async Task<(EfCoreStorage Storage, ServiceProvider Services)> CreateAsync(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSalesCoachData(configuration).BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // As the host composes it: on SQLite with the batching writer (registered by AddSalesCoachData), on PostgreSQL without.
        return (new EfCoreStorage(services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(), services.GetService<SqliteStateWriter>()), services);
    }

    protected static async Task CheckWritesAreReadBackWithAnETag(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k1"] = new Dictionary<string, object> { ["name"] = "张伟", ["count"] = 3 } });
        var read = await storage.ReadAsync(["k1", "missing"]);
        Assert.Single(read);
        var item = Assert.IsType<JObject>(read["k1"]);
        Assert.Equal("张伟", item.Value<string>("name"));
        Assert.Equal(3, item.Value<int>("count"));
        Assert.False(string.IsNullOrEmpty(item.Value<string>("eTag")));
    }

    protected static async Task CheckAStaleETagLosesTheRace(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k2"] = new Dictionary<string, object> { ["v"] = 1 } });
        var first = ((JObject)(await storage.ReadAsync(["k2"]))["k2"]).ToObject<Dictionary<string, object>>()!;
        var second = ((JObject)(await storage.ReadAsync(["k2"]))["k2"]).ToObject<Dictionary<string, object>>()!;
        first["v"] = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["k2"] = first });
        second["v"] = 3;
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k2"] = second }));
        var stored = (JObject)(await storage.ReadAsync(["k2"]))["k2"];
        Assert.Equal(2, stored.Value<int>("v"));
    }

    protected static async Task CheckAStarETagAlwaysWrites(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k3"] = new Dictionary<string, object> { ["v"] = 1 } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k3"] = new Dictionary<string, object> { ["v"] = 2, ["eTag"] = "*" } });
        Assert.Equal(2, ((JObject)(await storage.ReadAsync(["k3"]))["k3"]).Value<int>("v"));
    }

    protected static async Task CheckASecondSaveInOneTurnIsNotAConflict(IStorage storage)
    {
        var state = new Dictionary<string, object> { ["v"] = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["k4"] = state });
        var loaded = ((JObject)(await storage.ReadAsync(["k4"]))["k4"]).ToObject<Dictionary<string, object>>()!;
        loaded["v"] = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["k4"] = loaded });
        loaded["v"] = 3;
        await storage.WriteAsync(new Dictionary<string, object> { ["k4"] = loaded });
        Assert.Equal(3, ((JObject)(await storage.ReadAsync(["k4"]))["k4"]).Value<int>("v"));
    }

    protected static async Task CheckDeletedItemsAreGone(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k5"] = new Dictionary<string, object> { ["v"] = 1 } });
        await storage.DeleteAsync(["k5"]);
        Assert.Empty(await storage.ReadAsync(["k5"]));
    }

    protected static async Task CheckVeryLongKeysWork(IStorage storage)
    {
        var key = "msteams/conversations/19:" + new string('a', 900) + "@thread.tacv2";
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["v"] = 7 } });
        var read = await storage.ReadAsync([key]);
        Assert.Equal(7, ((JObject)read[key]).Value<int>("v"));
        await storage.DeleteAsync([key]);
        Assert.Empty(await storage.ReadAsync([key]));
    }

    protected static async Task CheckConcurrentWritersWithTheSameETagLetExactlyOneWin(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k6"] = new Dictionary<string, object> { ["v"] = 0 } });
        var snapshots = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            ((JObject)(await storage.ReadAsync(["k6"]))["k6"]).ToObject<Dictionary<string, object>>()!));
        var results = await Task.WhenAll(snapshots.Select(async (s, i) =>
        {
            s["v"] = i + 1;
            try { await storage.WriteAsync(new Dictionary<string, object> { ["k6"] = s }); return true; }
            catch (StorageConcurrencyException) { return false; }
        }));
        Assert.Equal(1, results.Count(ok => ok));
    }

    protected static async Task CheckAWriteOfSeveralDocumentsWithOneStaleETagWritesNone(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["m1"] = new Dictionary<string, object> { ["v"] = 1 }, ["m2"] = new Dictionary<string, object> { ["v"] = 1 } });
        var read = await storage.ReadAsync(["m1", "m2"]);
        var first = ((JObject)read["m1"]).ToObject<Dictionary<string, object>>()!;
        var second = ((JObject)read["m2"]).ToObject<Dictionary<string, object>>()!;
        var stale = new Dictionary<string, object>(second);
        second["v"] = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["m2"] = second });
        first["v"] = 3;
        stale["v"] = 3;
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { ["m1"] = first, ["m2"] = stale }));
        var after = await storage.ReadAsync(["m1", "m2"]);
        Assert.Equal(1, ((JObject)after["m1"]).Value<int>("v"));
        Assert.Equal(2, ((JObject)after["m2"]).Value<int>("v"));
    }

    /// <summary>Writes of many keys at once, one of them stale: the stale one fails alone, every other one is stored.</summary>
    protected static async Task CheckConcurrentWritesOfDifferentKeysLandAndAConflictFailsOnlyItsWriter(IStorage storage)
    {
        var keys = Enumerable.Range(0, 16).Select(i => $"burst{i}").ToArray();
        await Task.WhenAll(keys.Select(k => storage.WriteAsync(new Dictionary<string, object> { [k] = new Dictionary<string, object> { ["v"] = 0 } })));
        var loaded = await storage.ReadAsync(keys);
        var documents = keys.Select(k => ((JObject)loaded[k]).ToObject<Dictionary<string, object>>()!).ToArray();
        var moved = new Dictionary<string, object>(documents[0]) { ["v"] = -1 };
        await storage.WriteAsync(new Dictionary<string, object> { [keys[0]] = moved });
        var results = await Task.WhenAll(documents.Select((document, i) => Task.Run(async () =>
        {
            document["v"] = i + 100;
            try { await storage.WriteAsync(new Dictionary<string, object> { [keys[i]] = document }); return true; }
            catch (StorageConcurrencyException) { return false; }
        })));
        Assert.False(results[0]);
        Assert.All(results.Skip(1), Assert.True);
        var after = await storage.ReadAsync(keys);
        Assert.Equal(-1, ((JObject)after[keys[0]]).Value<int>("v"));
        for (var i = 1; i < keys.Length; i++) Assert.Equal(i + 100, ((JObject)after[keys[i]]).Value<int>("v"));
    }
}
