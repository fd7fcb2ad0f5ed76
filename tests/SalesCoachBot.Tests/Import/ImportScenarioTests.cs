using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Import;

/// <summary>Every scenario on SQLite (always) and PostgreSQL (when configured; always in CI).</summary>
public sealed class ImportScenarioTests
{
    [Fact]
    public Task ZohoExportsImportOnSqlite() => RunAsync(ImportTestDatabase.SqliteAsync, ZohoScenario.RunAsync);

    [PostgresFact]
    public Task ZohoExportsImportOnPostgres() => RunAsync(ImportTestDatabase.PostgresAsync, ZohoScenario.RunAsync);

    [Fact]
    public Task FxiaokeExportsImportOnSqlite() => RunAsync(ImportTestDatabase.SqliteAsync, FxiaokeScenario.RunAsync);

    [PostgresFact]
    public Task FxiaokeExportsImportOnPostgres() => RunAsync(ImportTestDatabase.PostgresAsync, FxiaokeScenario.RunAsync);

    [Fact]
    public Task GenericFilesImportOnSqlite() => RunAsync(ImportTestDatabase.SqliteAsync, GenericScenario.RunAsync);

    [PostgresFact]
    public Task GenericFilesImportOnPostgres() => RunAsync(ImportTestDatabase.PostgresAsync, GenericScenario.RunAsync);

    [Fact]
    public Task GenericReferencesMayUseOurOwnIds() => RunAsync(ImportTestDatabase.SqliteAsync, GenericScenario.OwnIdsAsync);

    [Fact]
    public Task ReimportingIsIdempotentAndUpdatesChangedRowsOnSqlite() => RunAsync(ImportTestDatabase.SqliteAsync, ReimportScenario.RunAsync);

    [PostgresFact]
    public Task ReimportingIsIdempotentAndUpdatesChangedRowsOnPostgres() => RunAsync(ImportTestDatabase.PostgresAsync, ReimportScenario.RunAsync);

    [Fact]
    public Task BadRowsRejectTheFileAndWriteNothingOnSqlite() => RunAsync(ImportTestDatabase.SqliteAsync, RejectionScenario.RunAsync);

    [PostgresFact]
    public Task BadRowsRejectTheFileAndWriteNothingOnPostgres() => RunAsync(ImportTestDatabase.PostgresAsync, RejectionScenario.RunAsync);

    private static async Task RunAsync(Func<Task<ImportTestDatabase>> database, Func<ImportTestDatabase, SampleFiles, Task> scenario)
    {
        using var files = new SampleFiles();
        await using var db = await database();
        await scenario(db, files);
    }
}
