namespace SalesCoach.Data.Import;

/// <summary>What an accepted file did: rows added, rows changed, rows already as the file has them.</summary>
public sealed record ImportCounts(int Inserted, int Updated, int Unchanged)
{
    public static readonly ImportCounts None = new(0, 0, 0);
}
