using SalesCoach.Data.Import;

namespace SalesCoach.Tests.Import;

/// <summary>
/// Bad rows reject the whole file with row-level errors (row numbers as the spreadsheet shows them, the
/// file's own headers) and write nothing, even when the only bad row is the last of thousands.
/// </summary>
internal static class RejectionScenario
{
    public static readonly string[] OrderHeaders = ["id", "customer_id", "owner_id", "amount", "currency", "channel", "created_at", "fulfilled_at"];

    public static async Task RunAsync(ImportTestDatabase db, SampleFiles files)
    {
        await GenericScenario.RunAsync(db, files);
        var before = await db.CountsAsync();

        var orders = files.Csv("bad-orders.csv", SampleFiles.Utf8Bom,
            [.. OrderHeaders],
            ["n1", "c1", "u1", "100", "", "", "2024-03-05T10:00:00+08:00", ""],     // row 2: good
            ["n2", "c1", "u1", "12,5x", "", "", "2024-03-05T10:00:00+08:00", ""],   // row 3: bad number
            ["n3", "c1", "u1", "100", "", "", "2024-13-45 10:00", ""],             // row 4: bad date
            ["n4", "c1", "nobody", "100", "", "", "2024-03-05T10:00:00+08:00", ""], // row 5: unknown owner
            ["n5", "c1", "u1", "", "", "", "2024-03-05T10:00:00+08:00", ""],        // row 6: missing amount
            ["n1", "c1", "u1", "100", "", "", "2024-03-05T10:00:00+08:00", ""],     // row 7: duplicate id
            ["n6", "c1", "u1", "100", "元宝", "", "2024-03-05T10:00:00+08:00", ""]);  // row 8: bad currency
        var result = await db.ImportAsync(orders, ImportEntity.Orders, "generic");
        Assert.False(result.Accepted);
        Assert.Equal(
            [(3, "amount"), (4, "created_at"), (5, "owner_id"), (6, "amount"), (7, "id"), (8, "currency")],
            result.Errors.Select(e => (e.Row, e.Column)).ToArray());
        Assert.Contains("first on row 2", result.Errors.Single(e => e.Row == 7).Reason);
        Assert.Equal(before, await db.CountsAsync());

        var deals = files.Csv("bad-deals.csv", SampleFiles.Utf8Bom,
            ["id", "customer_id", "owner_id", "stage", "amount", "currency", "channel", "created_at", "closed_at"],
            ["n1", "c1", "u1", "won", "1", "", "", "2024-03-05T10:00:00+08:00", "2024-03-06T10:00:00+08:00"],
            ["n2", "c1", "u1", "somewhere", "1", "", "", "2024-03-05T10:00:00+08:00", ""],
            ["n3", "c404", "u1", "won", "1", "", "", "2024-03-05T10:00:00+08:00", ""]);
        var rejected = await db.ImportAsync(deals, ImportEntity.Deals, "generic");
        Assert.Equal([(3, "stage"), (4, "customer_id")], rejected.Errors.Select(e => (e.Row, e.Column)).ToArray());
        Assert.Equal(before, await db.CountsAsync());

        // Thousands of good rows, one bad row last: still nothing written.
        const int good = 3000;
        var many = Enumerable.Range(1, good)
            .Select(i => new[] { $"bulk-{i}", "c1", "u1", $"{i}.50", "CNY", "direct", "2024-03-05T10:00:00+08:00", "" })
            .Append(["bulk-last", "c1", "u1", "100", "CNY", "direct", "not a date", ""]);
        var last = files.Csv("last-row-bad.csv", SampleFiles.Utf8Bom, [OrderHeaders, .. many]);
        var lastResult = await db.ImportAsync(last, ImportEntity.Orders, "generic");
        var error = Assert.Single(lastResult.Errors);
        Assert.Equal((good + 2, "created_at"), (error.Row, error.Column));
        Assert.Equal(before, await db.CountsAsync());
    }
}
