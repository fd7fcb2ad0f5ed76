using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;
using SalesCoach.Data.Import;
using SalesCoach.Data.Import.Presets;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.SalesData;

namespace SalesCoach.Tests.Import;

/// <summary>A fresh database (SQLite in a temp folder, or a throw-away PostgreSQL one) with the importer over it.</summary>
internal sealed class ImportTestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly PostgresTestDatabase? _postgres;

    private ImportTestDatabase(ServiceProvider services, PostgresTestDatabase? postgres)
    {
        _services = services;
        _postgres = postgres;
    }

    public static Task<ImportTestDatabase> SqliteAsync() => Task.FromResult(new ImportTestDatabase(SalesDataServices.Create(), null));

    public static async Task<ImportTestDatabase> PostgresAsync()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        return new ImportTestDatabase(SalesDataServices.Create(database.ConnectionString), database);
    }

    /// <summary>The default company clock's zone (Asia/Shanghai), as the `import` command passes it.</summary>
    private static readonly TimeZoneInfo CompanyZone = new CompanyClock(Options.Create(new CompanyOptions())).LocalTimeZone;

    public Task<ImportResult> ImportAsync(string path, ImportEntity entity, string preset, IProgress<ImportStep>? progress = null) =>
        _services.GetRequiredService<CrmImporter>().ImportAsync(path, entity, ImportPresets.Find(preset)!, CompanyZone, progress: progress);

    /// <summary>Imports and fails the test, listing the errors, unless the file was accepted.</summary>
    public async Task<ImportResult> ImportOkAsync(string path, ImportEntity entity, string preset, IProgress<ImportStep>? progress = null)
    {
        var result = await ImportAsync(path, entity, preset, progress);
        Assert.True(result.Accepted, string.Join("\n", result.Errors.Select(e => $"row {e.Row} {e.Column}: {e.Reason}")));
        return result;
    }

    public async Task<T> QueryAsync<T>(Func<SalesCoachDbContext, Task<T>> query)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Row counts of every sales table: what "nothing was written" is checked against.</summary>
    public Task<string> CountsAsync() => QueryAsync(async db =>
        $"regions={await db.Regions.CountAsync()} teams={await db.Teams.CountAsync()} users={await db.Users.CountAsync()} " +
        $"customers={await db.Customers.CountAsync()} deals={await db.Deals.CountAsync()} orders={await db.Orders.CountAsync()}");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
