using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesCoach.Data.Names;

namespace SalesCoach.Data.Demo;

/// <summary>Writes the demo company: on first run into an empty database, or over the old sales data with force.</summary>
public sealed class DemoSeeder(
    IDbContextFactory<SalesCoachDbContext> factory, DatabaseInitializer initializer, SalesNames names, ILogger<DemoSeeder> logger)
{
    /// <summary>How many tables a seed writes (the steps its progress counts).</summary>
    public const int Tables = 9;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="force">Wipe the sales tables first; otherwise a database with any user is left alone.</param>
    /// <param name="anchor">The demo's "today"; by default today in the company calendar.</param>
    /// <param name="progress">Told each step as it starts (a terminal shows it; a seed takes 10-20 s).</param>
    public async Task<DemoSeedResult> SeedAsync(
        bool force, DateOnly? anchor = null, CancellationToken cancellationToken = default, IProgress<DemoSeedStep>? progress = null)
    {
        var day = anchor ?? DemoCompanyGenerator.Today(TimeProvider.System);
        await initializer.InitializeAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await using var db = factory.CreateDbContext();
            if (!force && await db.Users.AnyAsync(cancellationToken))
                return DemoSeedResult.Skipped(day);

            progress?.Report(new DemoSeedStep("generating", 0, Tables));
            var company = DemoCompanyGenerator.Generate(day);
            // One transaction: a seed that fails half-way leaves the old data (or none), never half a company,
            // and SQLite commits once instead of once per batch.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (force) await SalesTables.WipeAsync(db, cancellationToken);
            var counts = new Dictionary<string, int>();
            async Task Insert<T>(string table, IReadOnlyList<T> rows) where T : class
            {
                progress?.Report(new DemoSeedStep(table, counts.Count + 1, Tables));
                counts[table] = await BulkInsert.AddAllAsync(db, rows, cancellationToken);
            }
            await Insert("regions", company.Regions);
            await Insert("teams", company.Teams);
            await Insert("users", company.Users);
            await Insert("customers", company.Customers);
            await Insert("deals", company.Deals);
            await Insert("orders", company.Orders);
            await Insert("interactions", company.Interactions);
            await Insert("surveys", company.Surveys);
            await Insert("targets", company.Targets);
            await SalesTables.ResetIdentitiesAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await names.RefreshAsync(cancellationToken);
            logger.LogInformation("Demo company seeded in {Elapsed} ms (anchor {Anchor:yyyy-MM-dd}): {Counts}",
                clock.ElapsedMilliseconds, day, string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}")));
            return new DemoSeedResult(true, day, clock.Elapsed, counts);
        }
        finally
        {
            _gate.Release();
        }
    }
}
