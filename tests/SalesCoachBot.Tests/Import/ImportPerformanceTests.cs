using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;

namespace SalesCoach.Tests.Import;

public sealed class ImportPerformanceTests
{
    /// <summary>
    /// 100,000 orders in one file go in whole and come back unchanged on a re-import: batched lookups and
    /// writes hold at this size (no parameter-limit or per-row failures). Speed is measured by the README's
    /// figure from the command's own timing, not asserted here.
    /// </summary>
    [Fact]
    public async Task AHundredThousandOrdersImportWholeAndReimportUnchanged()
    {
        using var files = new SampleFiles();
        await using var db = await ImportTestDatabase.SqliteAsync();
        await GenericScenario.RunAsync(db, files);
        const int count = 100_000;
        var rows = Enumerable.Range(0, count).Select(i => new[]
        {
            $"p{i}", i % 2 == 0 ? "c1" : "c2", i % 3 == 0 ? "u2" : "u1", $"{i % 9000 + 1}.{i % 100:00}", "CNY", "direct",
            $"2024-{i % 12 + 1:00}-{i % 28 + 1:00} {i % 24:00}:{i % 60:00}:00", "",
        });
        var path = files.Csv("orders-100k.csv", SampleFiles.Utf8Bom, [RejectionScenario.OrderHeaders, .. rows]);

        var first = await db.ImportOkAsync(path, ImportEntity.Orders, "generic");
        Assert.Equal(new ImportCounts(count, 0, 0), first.Counts);
        var again = await db.ImportOkAsync(path, ImportEntity.Orders, "generic");
        Assert.Equal(new ImportCounts(0, 0, count), again.Counts);
        Assert.Equal(count + 1, await db.QueryAsync(d => d.Orders.CountAsync()));
    }
}
