using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesCoach.Data.Names;

namespace SalesCoach.Data.Demo;

/// <summary>Writes the demo company: on first run into an empty database, or over the old sales data with force.</summary>
public sealed class DemoSeeder(
    IDbContextFactory<SalesCoachDbContext> factory, DatabaseInitializer initializer, SalesNames names, ILogger<DemoSeeder> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="force">Wipe the sales tables first; otherwise a database with any user is left alone.</param>
    /// <param name="anchor">The demo's "today"; by default today in the company calendar.</param>
    public async Task<DemoSeedResult> SeedAsync(bool force, DateOnly? anchor = null, CancellationToken cancellationToken = default)
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

            var company = DemoCompanyGenerator.Generate(day);
            // One transaction: a seed that fails half-way leaves the old data (or none), never half a company,
            // and SQLite commits once instead of once per batch.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (force) await SalesTables.WipeAsync(db, cancellationToken);
            var counts = new Dictionary<string, int>
            {
                ["regions"] = await BulkInsert.AddAllAsync(db, company.Regions, cancellationToken),
                ["teams"] = await BulkInsert.AddAllAsync(db, company.Teams, cancellationToken),
                ["users"] = await BulkInsert.AddAllAsync(db, company.Users, cancellationToken),
                ["customers"] = await BulkInsert.AddAllAsync(db, company.Customers, cancellationToken),
                ["deals"] = await BulkInsert.AddAllAsync(db, company.Deals, cancellationToken),
                ["orders"] = await BulkInsert.AddAllAsync(db, company.Orders, cancellationToken),
                ["interactions"] = await BulkInsert.AddAllAsync(db, company.Interactions, cancellationToken),
                ["surveys"] = await BulkInsert.AddAllAsync(db, company.Surveys, cancellationToken),
                ["targets"] = await BulkInsert.AddAllAsync(db, company.Targets, cancellationToken),
            };
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
