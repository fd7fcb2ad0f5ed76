using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Import;

/// <summary>
/// A small Zoho CRM company exported with Zoho's own headers: users (CSV, a rep listed before the manager
/// they report to), Accounts (CSV, UTF-8 BOM), Deals (XLSX with real date and number cells) and Sales
/// Orders (CSV). Owners and accounts are referenced by name, as Zoho's module export writes them.
/// </summary>
internal static class ZohoScenario
{
    public static async Task RunAsync(ImportTestDatabase db, SampleFiles files)
    {
        var users = files.Csv("zoho-users.csv", SampleFiles.Utf8Bom,
            ["User Id", "Full Name", "Email", "Role", "Territory", "Team", "Reports To", "Time Zone"],
            ["4150868000000225013", "Amy Chen", "amy@zylker.com", "Sales Rep", "East China", "East Team 1", "4150868000000225014", ""],
            ["4150868000000225014", "Bob Li", "bob@zylker.com", "Manager", "East China", "East Team 1", "", "Asia/Singapore"],
            ["4150868000000225015", "Carol Wu", "carol@zylker.com", "CEO", "", "", "", ""]);
        Assert.Equal(new ImportCounts(3, 0, 0), (await db.ImportOkAsync(users, ImportEntity.Users, "zoho")).Counts);

        var accounts = files.Csv("Accounts_001.csv", SampleFiles.Utf8Bom,
            ["Record Id", "Account Owner", "Account Name", "Industry", "Created Time", "Last Activity Time"],
            ["zcrm_4150868000000301001", "Amy Chen", "Zylker Foods", "Manufacturing", "2024-01-10 09:00:00", ""],
            ["zcrm_4150868000000301002", "Bob Li", "Acme 上海", "Retail", "2024-01-11 10:15:00", "2024-03-01 16:00:00"]);
        await db.ImportOkAsync(accounts, ImportEntity.Customers, "zoho");

        var deals = files.Xlsx("Deals_001.xlsx",
            ["Record Id", "Deal Owner", "Deal Name", "Account Name", "Stage", "Amount", "Currency", "Closing Date", "Created Time", "Lead Source"],
            ["zcrm_4150868000000402001", "Amy Chen", "Cold storage", "Zylker Foods", "Closed Won", 120000.5, "CNY", new DateTime(2024, 3, 20), new DateTime(2024, 3, 5, 14, 30, 0), "Cold Call"],
            ["zcrm_4150868000000402002", "Bob Li", "POS upgrade", "Acme 上海", "Negotiation/Review", "$5,000.00", "", "2024-04-30", "2024-03-06 09:00:00", ""],
            ["zcrm_4150868000000402003", "Amy Chen", "Pilot", "Zylker Foods", "Closed Lost to Competition", 800, "CNY", "2024-03-15", "2024-02-01 08:00:00", "Partner"]);
        await db.ImportOkAsync(deals, ImportEntity.Deals, "zoho");

        var orders = files.Csv("Sales_Orders_001.csv", SampleFiles.Utf8Bom,
            ["Record Id", "Subject", "SO Number", "Sales Order Owner", "Account Name", "Status", "Grand Total", "Currency", "Created Time"],
            ["zcrm_4150868000000503001", "SO cold storage", "SO-0001", "Amy Chen", "Zylker Foods", "Delivered", "1,234.56", "CNY", "2024-03-05 14:30:00"]);
        await db.ImportOkAsync(orders, ImportEntity.Orders, "zoho");

        await db.QueryAsync(async d =>
        {
            var amy = await d.Users.SingleAsync(u => u.SourceSystem == "zoho" && u.SourceId == "4150868000000225013");
            var bob = await d.Users.SingleAsync(u => u.Name == "Bob Li");
            var carol = await d.Users.SingleAsync(u => u.Name == "Carol Wu");
            Assert.Equal((SalesRole.Rep, SalesRole.Manager, SalesRole.Admin), (amy.Role, bob.Role, carol.Role));
            Assert.Equal(bob.Id, amy.ManagerId);
            Assert.Equal(("Asia/Shanghai", "Asia/Singapore"), (amy.TimeZone, bob.TimeZone));
            var team = await d.Teams.SingleAsync(t => t.Name == "East Team 1");
            var region = await d.Regions.SingleAsync(r => r.Name == "East China");
            Assert.Equal((team.Id, region.Id), (amy.TeamId, amy.RegionId));
            Assert.Equal(region.Id, team.RegionId);
            Assert.Null(carol.TeamId);

            var foods = await d.Customers.SingleAsync(c => c.SourceId == "zcrm_4150868000000301001");
            Assert.Equal(("Zylker Foods", "Manufacturing", amy.Id, team.Id), (foods.Name, foods.Industry, foods.OwnerId, foods.TeamId));
            Assert.Equal(Utc(2024, 1, 10, 1, 0), foods.CreatedAt);
            var acme = await d.Customers.SingleAsync(c => c.Name == "Acme 上海");
            Assert.Equal(Utc(2024, 3, 1, 8, 0), acme.LastContactAt);

            var won = await d.Deals.SingleAsync(x => x.SourceId == "zcrm_4150868000000402001");
            Assert.Equal((DealStage.Won, 120000.50m, "CNY", "phone"), (won.Stage, won.Amount, won.Currency, won.Channel));
            Assert.Equal((foods.Id, amy.Id, team.Id, region.Id), (won.CustomerId, won.OwnerId, won.TeamId, won.RegionId));
            Assert.Equal(Utc(2024, 3, 5, 6, 30), won.CreatedAt);   // 14:30 in Asia/Shanghai
            Assert.Equal(Utc(2024, 3, 19, 16, 0), won.ClosedAt);   // the closing date's midnight in Asia/Shanghai
            var open = await d.Deals.SingleAsync(x => x.SourceId == "zcrm_4150868000000402002");
            Assert.Equal((DealStage.Negotiation, 5000m, "USD", "unknown", acme.Id), (open.Stage, open.Amount, open.Currency, open.Channel, open.CustomerId));
            Assert.Null(open.ClosedAt);                            // an open deal's closing date is only expected
            var lost = await d.Deals.SingleAsync(x => x.SourceId == "zcrm_4150868000000402003");
            Assert.Equal((DealStage.Lost, "partner"), (lost.Stage, lost.Channel));

            var order = await d.Orders.SingleAsync();
            Assert.Equal((1234.56m, "CNY", foods.Id, amy.Id, team.Id, region.Id, "zcrm_4150868000000503001"),
                (order.Amount, order.Currency, order.CustomerId, order.OwnerId, order.TeamId, order.RegionId, order.SourceId));
            Assert.Equal(Utc(2024, 3, 5, 6, 30), order.CreatedAt);
            return 0;
        });
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
