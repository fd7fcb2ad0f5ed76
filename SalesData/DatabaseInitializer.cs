using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace SalesCoach.Data;

/// <summary>Creates and migrates the database; run once at start by the host and by admin commands.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<SalesCoachDbContext> factory, ILogger<DatabaseInitializer> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_done) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_done) return;
            await using var db = factory.CreateDbContext();
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets the web chat's polling readers run while a turn writes state.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
            _done = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
