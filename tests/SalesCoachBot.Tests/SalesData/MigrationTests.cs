using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.SalesData;

public sealed class MigrationTests
{
    [Fact]
    public async Task SqliteMigrationsCreateTheSalesTablesAndTimeFiltersRunInTheDatabase()
    {
        await using var services = SalesDataServices.Create();
        await CheckAsync(services);
    }

    [PostgresFact]
    public async Task PostgresMigrationsCreateTheSalesTablesAndTimeFiltersRunInTheDatabase()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var services = SalesDataServices.Create(database.ConnectionString);
        await CheckAsync(services);
    }

    private static async Task CheckAsync(IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Contains(applied, m => m.EndsWith("_InitialState", StringComparison.Ordinal));
        Assert.Contains(applied, m => m.EndsWith("_SalesModel", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration captures");

        db.Regions.Add(new Region { Id = "east", Name = "华东" });
        db.Users.Add(new SalesUser { Id = "r1", Name = "张伟", Role = SalesRole.Rep, RegionId = "east" });
        db.Customers.Add(new Customer { Id = "c1", Name = "杭州恒达机械有限公司", OwnerId = "r1", CreatedAt = Utc(2026, 1, 1) });
        for (var day = 1; day <= 5; day++)
            db.Orders.Add(new Order { Id = day, CustomerId = "c1", OwnerId = "r1", RegionId = "east", Amount = day * 100.25m, Currency = "CNY", Channel = "direct", CreatedAt = Utc(2026, 3, day) });
        await db.SaveChangesAsync();

        // The queries the KPI skill depends on: a time range, ordering and aggregates, translated to SQL on both providers.
        // Company midnight, passed as UTC: Npgsql writes only offset-zero values to timestamptz.
        var from = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var inRange = db.Orders.Where(o => o.RegionId == "east" && o.CreatedAt >= from && o.CreatedAt < Utc(2026, 3, 5));
        Assert.Equal(3, await inRange.CountAsync());
        Assert.Equal(200.50m + 300.75m + 401.00m, await inRange.SumAsync(o => o.Amount));
        Assert.Equal(5, await db.Orders.OrderByDescending(o => o.CreatedAt).Select(o => o.Id).FirstAsync());
        Assert.Equal(Utc(2026, 3, 5), await db.Orders.MaxAsync(o => o.CreatedAt));
        Assert.Equal(TimeSpan.Zero, (await db.Orders.FirstAsync()).CreatedAt.Offset);
    }

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
