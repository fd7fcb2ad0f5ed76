using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Kpi;

/// <summary>
/// Mean durations (order handling, customer response) in SQL. LINQ cannot subtract two instants on
/// SQLite, where they are stored as UTC ticks (see UtcTicksConverter), so the two providers get their
/// own arithmetic here: tick differences on SQLite, EXTRACT(EPOCH ...) on PostgreSQL. Table and column
/// names are fixed by the model; only values are parameters.
/// </summary>
internal static class KpiDurationSql
{
    public sealed record Row(string Key, double Seconds, long Count);

    public static async Task<List<KpiAggregate>> SumSecondsAsync(
        SalesCoachDbContext db, string table, string startColumn, string endColumn, string filterColumn,
        KpiScopeKind? groupBy, KpiScope within, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var difference = sqlite
            ? $"(\"{endColumn}\" - \"{startColumn}\") / 10000000.0"
            : $"EXTRACT(EPOCH FROM (\"{endColumn}\" - \"{startColumn}\"))";
        var key = groupBy is { } g ? $"\"{KpiGroupKey.Column(g)}\"" : "''";
        var parameters = new List<object>
        {
            sqlite ? from.UtcTicks : from.ToUniversalTime(),
            sqlite ? to.UtcTicks : to.ToUniversalTime(),
        };
        var scopeFilter = string.Empty;
        if (within.Kind != KpiScopeKind.Company)
        {
            scopeFilter = $" AND \"{KpiGroupKey.Column(within.Kind)}\" = {{2}}";
            parameters.Add(within.Id!);
        }
        var sql =
            $"SELECT COALESCE({key}, '') AS \"Key\", COALESCE(SUM({difference}), 0) AS \"Seconds\", COUNT(*) AS \"Count\" " +
            $"FROM {table} WHERE \"{filterColumn}\" >= {{0}} AND \"{filterColumn}\" < {{1}} AND \"{endColumn}\" IS NOT NULL AND \"{startColumn}\" IS NOT NULL" +
            scopeFilter + (groupBy is null ? string.Empty : $" GROUP BY {key}");
        var rows = await db.Database.SqlQueryRaw<Row>(sql, [.. parameters]).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Count > 0).Select(r => new KpiAggregate(r.Key, (decimal)r.Seconds, r.Count))];
    }
}
