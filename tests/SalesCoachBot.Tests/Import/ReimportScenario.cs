using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;

namespace SalesCoach.Tests.Import;

/// <summary>Importing the same files again finds the rows by (preset, source id): nothing doubles, a changed amount updates.</summary>
internal static class ReimportScenario
{
    public static async Task RunAsync(ImportTestDatabase db, SampleFiles files)
    {
        await ZohoScenario.RunAsync(db, files);
        var before = await db.CountsAsync();
        var teamOfAmy = await db.QueryAsync(d => d.Users.Where(u => u.Name == "Amy Chen").Select(u => u.TeamId).SingleAsync());

        foreach (var (file, entity, rows) in new[]
        {
            ("zoho-users.csv", ImportEntity.Users, 3), ("Accounts_001.csv", ImportEntity.Customers, 2),
            ("Deals_001.xlsx", ImportEntity.Deals, 3), ("Sales_Orders_001.csv", ImportEntity.Orders, 1),
        })
        {
            var again = await db.ImportOkAsync(Path.Combine(files.Folder, file), entity, "zoho");
            Assert.Equal(new ImportCounts(0, 0, rows), again.Counts);
        }
        Assert.Equal(before, await db.CountsAsync());

        // A changed amount and a new row: one update, one insert, the rest unchanged.
        var orders = files.Csv("Sales_Orders_002.csv", SampleFiles.Utf8Bom,
            ["Record Id", "Sales Order Owner", "Account Name", "Grand Total", "Currency", "Created Time"],
            ["zcrm_4150868000000503001", "Amy Chen", "Zylker Foods", "2,000.00", "CNY", "2024-03-05 14:30:00"],
            ["zcrm_4150868000000503002", "Bob Li", "Acme 上海", "300", "CNY", "2024-03-09 09:00:00"]);
        Assert.Equal(new ImportCounts(1, 1, 0), (await db.ImportOkAsync(orders, ImportEntity.Orders, "zoho")).Counts);
        Assert.Equal(new ImportCounts(0, 0, 2), (await db.ImportOkAsync(orders, ImportEntity.Orders, "zoho")).Counts);
        await db.QueryAsync(async d =>
        {
            Assert.Equal(2, await d.Orders.CountAsync());
            var updated = await d.Orders.SingleAsync(o => o.SourceId == "zcrm_4150868000000503001");
            Assert.Equal((2000m, teamOfAmy), (updated.Amount, updated.TeamId));
            return 0;
        });
    }
}
