namespace SalesCoach.Data;

/// <summary>
/// Inserts many rows through EF Core without the change tracker's per-row cost: detection off, a few
/// thousand rows per SaveChanges, the tracker cleared between batches so it never grows.
/// </summary>
internal static class BulkInsert
{
    private const int BatchSize = 5000;

    public static async Task<int> AddAllAsync<T>(SalesCoachDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var i = 0; i < rows.Count; i += BatchSize)
            {
                db.Set<T>().AddRange(rows.Skip(i).Take(BatchSize));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        return rows.Count;
    }
}
