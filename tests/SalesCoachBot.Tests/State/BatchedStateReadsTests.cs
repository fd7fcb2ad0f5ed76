using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.State;

namespace SalesCoach.Tests.State;

public sealed class BatchedStateReadsTests
{
    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();
        public int Reads { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => _inner.WriteAsync(changes, cancellationToken);
        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }

    private static Dictionary<string, object> Document(string value) => new() { ["value"] = JObject.FromObject(new { value }) };

    [Fact]
    public async Task AHeldReadAnswersEachKeyOnceWithoutAskingStorageAgain()
    {
        var storage = new CountingStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["c"] = Document("conversation") });
        var batched = new BatchedStateReads(storage);

        BatchedStateReads.Hold(await batched.ReadManyAsync(["c", "u"], CancellationToken.None));
        var conversation = await batched.ReadAsync(["c"]);
        var user = await batched.ReadAsync(["u"]);

        Assert.Equal(1, storage.Reads);
        Assert.True(conversation.ContainsKey("c"));
        Assert.Empty(user);
        await batched.ReadAsync(["c"]);
        Assert.Equal(2, storage.Reads);
    }

    [Fact]
    public async Task AWriteDropsWhatIsHeldForItsKey()
    {
        var storage = new CountingStorage();
        var batched = new BatchedStateReads(storage);
        BatchedStateReads.Hold(await batched.ReadManyAsync(["c", "u"], CancellationToken.None));

        await batched.WriteAsync(new Dictionary<string, object> { ["c"] = Document("new") });
        var read = await batched.ReadAsync(["c"]);

        Assert.Equal(2, storage.Reads);
        Assert.True(read.ContainsKey("c"));
    }

    [Fact]
    public async Task WithoutAHeldReadEveryReadGoesToStorage()
    {
        var storage = new CountingStorage();
        var batched = new BatchedStateReads(storage);
        await batched.ReadAsync(["c"]);
        await batched.ReadAsync(["c"]);
        Assert.Equal(2, storage.Reads);
    }
}
