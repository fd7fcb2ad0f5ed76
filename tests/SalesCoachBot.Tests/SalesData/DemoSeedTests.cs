using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Bot.Commands;
using SalesCoach.Data;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Model;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.SalesData;

public sealed class DemoSeedTests
{
    [Fact]
    public async Task TheSeedCommandWritesTheDemoCompanyKeepsItAndForceRebuildsIt()
    {
        var data = TempDirectory.Create("seed");
        var setting = $"--SalesCoach:DataDirectory={data}";
        Assert.Equal(0, await AdminCommands.RunAsync(["seed", setting]));
        var expected = DemoAggregates.Of(DemoCompanyGenerator.Generate(DemoCompanyGenerator.Today(TimeProvider.System)));

        await using var services = SalesDataServices.Create(dataDirectory: data);
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        Assert.Equal(expected, await AggregatesAsync(factory));

        // Without --force an existing company is left alone, including what users changed.
        await AddStrayRegionAsync(factory);
        Assert.Equal(0, await AdminCommands.RunAsync(["seed", setting]));
        Assert.Equal(4, await Count(factory, db => db.Regions));

        Assert.Equal(0, await AdminCommands.RunAsync(["seed", "--force", setting]));
        Assert.Equal(3, await Count(factory, db => db.Regions));
        Assert.Equal(expected, await AggregatesAsync(factory));
    }

    [Fact]
    public async Task TheSeedCommandRejectsUnknownArguments() =>
        Assert.Equal(2, await AdminCommands.RunAsync(["seed", "--everything"]));

    [PostgresFact]
    public async Task SeedingPostgresWritesTheSameCompanyAndLeavesTheKeysFreeForImports()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var services = SalesDataServices.Create(database.ConnectionString);
        var anchor = new DateOnly(2026, 11, 27);
        var result = await services.GetRequiredService<DemoSeeder>().SeedAsync(force: false, anchor);

        Assert.True(result.Seeded);
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        Assert.Equal(DemoAggregates.Of(DemoCompanyGenerator.Generate(anchor)), await AggregatesAsync(factory));
        await using var db = factory.CreateDbContext();
        db.Orders.Add(new Order { CustomerId = "c0001", OwnerId = "r01", Amount = 1m, Currency = "CNY", Channel = "direct", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        Assert.Equal(100_001, await db.Orders.CountAsync());
    }

    internal static async Task<DemoAggregates> AggregatesAsync(IDbContextFactory<SalesCoachDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        return new DemoAggregates(
            DemoAggregates.CountsOf(
                await db.Regions.CountAsync(), await db.Teams.CountAsync(), await db.Users.CountAsync(), await db.Customers.CountAsync(),
                await db.Deals.CountAsync(), await db.Orders.CountAsync(), await db.Interactions.CountAsync(), await db.Surveys.CountAsync(),
                await db.Targets.CountAsync()),
            await db.Orders.SumAsync(o => o.Amount), await db.Deals.SumAsync(d => d.Amount),
            await db.Surveys.SumAsync(s => s.Score), await db.Targets.SumAsync(t => t.Value));
    }

    private static async Task AddStrayRegionAsync(IDbContextFactory<SalesCoachDbContext> factory)
    {
        await using var db = factory.CreateDbContext();
        db.Regions.Add(new Region { Id = "west", Name = "西南" });
        await db.SaveChangesAsync();
    }

    private static async Task<int> Count<T>(IDbContextFactory<SalesCoachDbContext> factory, Func<SalesCoachDbContext, IQueryable<T>> table)
    {
        await using var db = factory.CreateDbContext();
        return await table(db).CountAsync();
    }
}
