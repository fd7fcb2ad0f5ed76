using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Kpi;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.SalesData;

namespace SalesCoach.Tests.Kpi;

/// <summary>The test company in a migrated database, with the engine over it and the in-memory rows beside it.</summary>
public sealed class KpiDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly PostgresTestDatabase? _postgres;

    private KpiDatabase(ServiceProvider services, PostgresTestDatabase? postgres, KpiDataset data)
    {
        _services = services;
        _postgres = postgres;
        Data = data;
        Oracle = new KpiOracle(data);
    }

    public KpiDataset Data { get; }
    public KpiOracle Oracle { get; }
    public IServiceProvider Services => _services;
    public KpiEngine Engine => _services.GetRequiredService<KpiEngine>();
    public IDbContextFactory<SalesCoachDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();

    public static async Task<KpiDatabase> CreateAsync(bool postgres, KpiDataset? data = null)
    {
        var database = postgres ? await PostgresTestDatabase.CreateAsync() : null;
        var services = SalesDataServices.Create(database?.ConnectionString);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        data ??= KpiTestCompany.Build();
        await using (var db = await services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContextAsync())
            await data.InsertAsync(db);
        // The rows were written as UTC instants; the oracle reads them as they are.
        return new KpiDatabase(services, database, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}

/// <summary>One SQLite and (when asked for) one PostgreSQL database per test class, created on first use and seeded once.</summary>
public sealed class KpiDatabases : IAsyncLifetime
{
    private readonly Lazy<Task<KpiDatabase>> _sqlite = new(() => KpiDatabase.CreateAsync(postgres: false));
    private readonly Lazy<Task<KpiDatabase>> _postgres = new(() => KpiDatabase.CreateAsync(postgres: true));

    public Task<KpiDatabase> GetAsync(bool postgres) => postgres ? _postgres.Value : _sqlite.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_sqlite.IsValueCreated && _sqlite.Value.IsCompletedSuccessfully) await (await _sqlite.Value).DisposeAsync();
        if (_postgres.IsValueCreated && _postgres.Value.IsCompletedSuccessfully) await (await _postgres.Value).DisposeAsync();
    }
}
