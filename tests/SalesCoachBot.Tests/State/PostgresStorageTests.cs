using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.State;

public sealed class PostgresStorageTests : EfCoreStorageContract, IAsyncLifetime
{
    private PostgresTestDatabase? _database;
    private IStorage _storage = null!;
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        if (PostgresTestDatabase.AdminConnectionString is null) return; // the tests themselves skip or fail (see PostgresFact)
        _database = await PostgresTestDatabase.CreateAsync();
        (_storage, _services) = await CreateAsync(new Dictionary<string, string?> { ["ConnectionStrings:SalesCoach"] = _database.ConnectionString });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private IStorage Storage => _database is null
        ? throw new InvalidOperationException($"{PostgresTestDatabase.EnvironmentVariable} is not set; CI must provide PostgreSQL.")
        : _storage;

    [PostgresFact] public Task WritesAreReadBackWithAnETag() => CheckWritesAreReadBackWithAnETag(Storage);
    [PostgresFact] public Task AStaleETagLosesTheRace() => CheckAStaleETagLosesTheRace(Storage);
    [PostgresFact] public Task AStarETagAlwaysWrites() => CheckAStarETagAlwaysWrites(Storage);
    [PostgresFact] public Task ASecondSaveInOneTurnIsNotAConflict() => CheckASecondSaveInOneTurnIsNotAConflict(Storage);
    [PostgresFact] public Task DeletedItemsAreGone() => CheckDeletedItemsAreGone(Storage);
    [PostgresFact] public Task VeryLongKeysWork() => CheckVeryLongKeysWork(Storage);
    [PostgresFact] public Task ConcurrentWritersWithTheSameETagLetExactlyOneWin() => CheckConcurrentWritersWithTheSameETagLetExactlyOneWin(Storage);
    [PostgresFact] public Task AWriteOfSeveralDocumentsWithOneStaleETagWritesNone() => CheckAWriteOfSeveralDocumentsWithOneStaleETagWritesNone(Storage);
    [PostgresFact] public Task ConcurrentWritesOfDifferentKeysLandAndAConflictFailsOnlyItsWriter() => CheckConcurrentWritesOfDifferentKeysLandAndAConflictFailsOnlyItsWriter(Storage);
}
