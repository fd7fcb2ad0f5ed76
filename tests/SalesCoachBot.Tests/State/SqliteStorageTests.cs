using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.State;

public sealed class SqliteStorageTests : EfCoreStorageContract, IAsyncLifetime
{
    private IStorage _storage = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() =>
        (_storage, _services) = await CreateAsync(new Dictionary<string, string?> { ["SalesCoach:DataDirectory"] = TempDirectory.Create("sqlite-storage") });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact] public Task WritesAreReadBackWithAnETag() => CheckWritesAreReadBackWithAnETag(_storage);
    [Fact] public Task AStaleETagLosesTheRace() => CheckAStaleETagLosesTheRace(_storage);
    [Fact] public Task AStarETagAlwaysWrites() => CheckAStarETagAlwaysWrites(_storage);
    [Fact] public Task ASecondSaveInOneTurnIsNotAConflict() => CheckASecondSaveInOneTurnIsNotAConflict(_storage);
    [Fact] public Task DeletedItemsAreGone() => CheckDeletedItemsAreGone(_storage);
    [Fact] public Task VeryLongKeysWork() => CheckVeryLongKeysWork(_storage);
    [Fact] public Task ConcurrentWritersWithTheSameETagLetExactlyOneWin() => CheckConcurrentWritersWithTheSameETagLetExactlyOneWin(_storage);
    [Fact] public Task AWriteOfSeveralDocumentsWithOneStaleETagWritesNone() => CheckAWriteOfSeveralDocumentsWithOneStaleETagWritesNone(_storage);
    [Fact] public Task ConcurrentWritesOfDifferentKeysLandAndAConflictFailsOnlyItsWriter() => CheckConcurrentWritesOfDifferentKeysLandAndAConflictFailsOnlyItsWriter(_storage);
}
