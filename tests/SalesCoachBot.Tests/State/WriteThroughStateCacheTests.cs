using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.State;

namespace SalesCoach.Tests.State;

public sealed class WriteThroughStateCacheTests
{
    private readonly CountingStorage _database = new();

    [Fact]
    public async Task ASecondReadIsServedFromMemory()
    {
        using var cache = new WriteThroughStateCache(_database);
        await _database.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        await cache.ReadAsync(["k"]);
        await cache.ReadAsync(["k"]);
        Assert.Equal(1, _database.Reads);
    }

    [Fact]
    public async Task AWriteDropsTheCachedCopySoTheNextReadSeesIt()
    {
        using var cache = new WriteThroughStateCache(_database);
        await cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        Assert.Equal(1, ((JObject)(await cache.ReadAsync(["k"]))["k"]).Value<int>("v"));
        await cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 2 } });
        Assert.Equal(2, ((JObject)(await cache.ReadAsync(["k"]))["k"]).Value<int>("v"));
    }

    [Fact]
    public async Task ChangingWhatWasReadDoesNotChangeTheCache()
    {
        using var cache = new WriteThroughStateCache(_database);
        await cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        var first = (JObject)(await cache.ReadAsync(["k"]))["k"];
        first["v"] = 99;
        Assert.Equal(1, ((JObject)(await cache.ReadAsync(["k"]))["k"]).Value<int>("v"));
    }

    [Fact]
    public async Task DeletedItemsAreNotServedFromMemory()
    {
        using var cache = new WriteThroughStateCache(_database);
        await cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        await cache.ReadAsync(["k"]);
        await cache.DeleteAsync(["k"]);
        Assert.Empty(await cache.ReadAsync(["k"]));
    }

    [Fact]
    public async Task AFailedWriteStillDropsTheCachedCopy()
    {
        using var cache = new WriteThroughStateCache(_database);
        await cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        await cache.ReadAsync(["k"]);
        _database.FailWrites = true;
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 2 } }));
        await cache.ReadAsync(["k"]);
        Assert.Equal(2, _database.Reads);
    }

    [Fact]
    public async Task WhatAWriteStoredIsServedToTheNextReadWithoutTheDatabase()
    {
        var database = new CountingDocumentStorage();
        using var cache = new WriteThroughStateCache(database);
        await cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        var read = (JObject)(await cache.ReadAsync(["k"]))["k"];
        Assert.Equal(1, read.Value<int>("v"));
        Assert.Equal(database.LastETag, read.Value<string>("eTag"));
        Assert.Equal(0, database.Reads);
    }

    [Fact]
    public async Task OverlappingWritesOfOneKeyLeaveNothingCached()
    {
        var database = new CountingDocumentStorage { Gate = new TaskCompletionSource() };
        using var cache = new WriteThroughStateCache(database);
        var first = cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });
        var second = cache.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 2 } });
        database.Gate.SetResult();
        await Task.WhenAll(first, second);
        await cache.ReadAsync(["k"]);
        Assert.Equal(1, database.Reads);
    }

    /// <summary>A stand-in that reports what it stored, like EfCoreStorage; a gate holds writes to make them overlap.</summary>
    private sealed class CountingDocumentStorage : IDocumentStorage
    {
        private readonly MemoryStorage _inner = new();
        public int Reads { get; private set; }
        public string? LastETag { get; private set; }
        public TaskCompletionSource? Gate { get; init; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => WriteDocumentsAsync(changes, cancellationToken);

        public async Task<IReadOnlyDictionary<string, JObject>> WriteDocumentsAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            if (Gate is not null) await Gate.Task;
            await _inner.WriteAsync(changes, cancellationToken);
            LastETag = Guid.NewGuid().ToString("N");
            return changes.ToDictionary(c => c.Key, c =>
            {
                var document = JObject.FromObject(c.Value);
                document["eTag"] = LastETag;
                return document;
            });
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>An in-memory stand-in for the database that counts reads and can refuse writes.</summary>
    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();
        public int Reads { get; private set; }
        public bool FailWrites { get; set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            FailWrites ? throw new StorageConcurrencyException("k") : _inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
