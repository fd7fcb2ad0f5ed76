using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import;

/// <summary>
/// Splits a file's entities into inserts, updates and unchanged rows by comparing every mapped column
/// with the stored row, then writes them in batches. Rows that match the stored row exactly are not
/// written at all, which is what makes a re-import cheap and reports "unchanged".
/// </summary>
internal static class ImportUpsert
{
    private const int BatchSize = 5000;

    public sealed record Plan<T>(List<T> Inserts, List<T> Updates, int Unchanged)
    {
        public ImportCounts Counts => new(Inserts.Count, Updates.Count, Unchanged);
    }

    /// <param name="rows">Entities built from the file; one that updates a stored row already carries its key.</param>
    public static Plan<T> Classify<T>(SalesCoachDbContext db, IEnumerable<T> rows, IReadOnlyDictionary<string, T> existing) where T : class, ISourced
    {
        var properties = db.Model.FindEntityType(typeof(T))!.GetProperties()
            .Where(p => p.PropertyInfo is not null).Select(p => p.PropertyInfo!).ToArray();
        var plan = new Plan<T>([], [], 0);
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.SourceId!, out var stored)) plan.Inserts.Add(row);
            else if (properties.All(p => Equals(p.GetValue(stored), p.GetValue(row)))) unchanged++;
            else plan.Updates.Add(row);
        }
        return plan with { Unchanged = unchanged };
    }

    public static async Task<ImportCounts> SaveAsync<T>(SalesCoachDbContext db, IEnumerable<T> rows, IReadOnlyDictionary<string, T> existing, CancellationToken cancellationToken)
        where T : class, ISourced
    {
        var plan = Classify(db, rows, existing);
        await BulkInsert.AddAllAsync(db, plan.Inserts, cancellationToken);
        await UpdateAllAsync(db, plan.Updates, cancellationToken);
        return plan.Counts;
    }

    /// <summary>Detached entities with their stored keys: every column is written, a batch per SaveChanges.</summary>
    public static async Task UpdateAllAsync<T>(SalesCoachDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        for (var i = 0; i < rows.Count; i += BatchSize)
        {
            db.Set<T>().UpdateRange(rows.Skip(i).Take(BatchSize));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
