using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data;

/// <summary>Operations on the sales tables as a whole (the bot-state and Direct Line tables are never touched).</summary>
public static class SalesTables
{
    private static readonly string[] ResetSequenceSql = [.. new[] { "deals", "orders", "interactions", "surveys", "targets" }.Select(table =>
        "SELECT setval(pg_get_serial_sequence('" + table + "', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM " + table + "), 0) + 1, false)")];

    /// <summary>Deletes every sales row, children before parents so no foreign key objects.</summary>
    public static async Task WipeAsync(SalesCoachDbContext db, CancellationToken cancellationToken)
    {
        await db.Surveys.ExecuteDeleteAsync(cancellationToken);
        await db.Interactions.ExecuteDeleteAsync(cancellationToken);
        await db.Orders.ExecuteDeleteAsync(cancellationToken);
        await db.Deals.ExecuteDeleteAsync(cancellationToken);
        await db.Targets.ExecuteDeleteAsync(cancellationToken);
        await db.Customers.ExecuteDeleteAsync(cancellationToken);
        // One statement for all users: the manager references are checked at its end, not row by row.
        await db.Users.ExecuteDeleteAsync(cancellationToken);
        await db.Teams.ExecuteDeleteAsync(cancellationToken);
        await db.Regions.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL identity sequences do not move when rows are inserted with explicit keys (as the demo
    /// does); move them past the largest key so later imports do not collide. SQLite needs nothing.
    /// </summary>
    public static async Task ResetIdentitiesAsync(SalesCoachDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var sql in ResetSequenceSql)
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
