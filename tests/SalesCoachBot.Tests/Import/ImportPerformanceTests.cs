using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;

namespace SalesCoach.Tests.Import;

public sealed class ImportPerformanceTests
{
    /// <summary>
    /// 100,000 orders in one file: lookups are batched (no query per row), so this takes seconds on the
    /// 2-core machine even while other builds run; the bound is loose on purpose, the point is "not minutes".
    /// </summary>
    [Fact]
    public async Task AHundredThousandOrdersImportInSecondsAndReimportUnchanged()
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
        Assert.True(first.Elapsed < TimeSpan.FromSeconds(90), $"took {first.Elapsed}");
        var again = await db.ImportOkAsync(path, ImportEntity.Orders, "generic");
        Assert.Equal(new ImportCounts(0, 0, count), again.Counts);
        Assert.True(again.Elapsed < TimeSpan.FromSeconds(90), $"took {again.Elapsed}");
        Assert.Equal(count + 1, await db.QueryAsync(d => d.Orders.CountAsync()));
    }
}
