using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Names;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// Loads the directory names before the server takes requests, then seeds the demo company on first
/// run (SalesCoach:DemoData, empty users table) in the background: a full seed takes about 10 s on
/// SQLite and 20 s on PostgreSQL on a 2-core machine, too long to hold back /healthz. Turns that
/// arrive meanwhile see no sales data yet (on SQLite their state writes wait for the seed's single
/// transaction, within the 30 s busy timeout); the names refresh when the seed commits.
/// </summary>
internal sealed class SalesDataStartup(
    SalesNames names, DemoSeeder seeder, IOptions<DataOptions> options, ILogger<SalesDataStartup> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await names.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DemoData) return;
        await Task.Yield();
        try
        {
            await seeder.SeedAsync(force: false, cancellationToken: stoppingToken);
            // chat and kpi seed the same way on first use: DemoFirstUse (they have no background to wait in).
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped mid-seed: the transaction rolls back and the next start seeds again.
        }
        catch (Exception ex)
        {
            // The bot works without demo data; say why it is missing instead of stopping the host.
            logger.LogError(ex, "Seeding the demo company failed");
        }
    }
}
