using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Demo;
using SalesCoach.Skills.Nlu;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.SalesData;

public sealed class DemoDataStartupTests
{
    [Fact]
    public async Task WithDemoDataOffTheSalesTablesStayEmpty()
    {
        await using var server = await BotServer.StartAsync(); // BotServer turns DemoData off by default
        var factory = server.Services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        // The start-up service has finished (it returns at once when demo data is off, or after seeding):
        // an empty table now means no seed ran, not that one has not got round to it yet.
        await StartupFinishedAsync(server);
        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Orders.CountAsync());
        Assert.Empty(server.Services.GetRequiredService<IDirectory>().People);
    }

    private static async Task StartupFinishedAsync(BotServer server)
    {
        var startup = server.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .OfType<SalesCoach.Bot.Hosting.SalesDataStartup>().Single();
        await startup.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task FirstRunAnswersHealthChecksAtOnceThenSeedsAndTheDirectoryListsTheDemoNames()
    {
        var clock = Stopwatch.StartNew();
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" });
        using (var health = await server.Client.GetAsync("healthz"))
            Assert.True(health.IsSuccessStatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"start-up took {clock.Elapsed}");

        // Waits for the background seed (same gate), then finds the company there and writes nothing.
        var again = await server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
        Assert.False(again.Seeded);

        var directory = server.Services.GetRequiredService<IDirectory>();
        Assert.Contains("张伟", directory.People);
        Assert.Equal(35, directory.People.Count); // 30 reps and 5 managers; the administrator is the one asking
        Assert.Equal(2000, directory.Customers.Count);
        Assert.Contains("深圳华晟电子科技有限公司", directory.Customers);
    }
}
