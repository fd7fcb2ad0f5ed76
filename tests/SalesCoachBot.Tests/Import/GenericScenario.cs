using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;
using SalesCoach.Data.Model;
using static SalesCoach.Tests.Import.ZohoScenario;

namespace SalesCoach.Tests.Import;

/// <summary>
/// The generic columns, ISO 8601 times with offsets, an existing team named by id and a new one by name,
/// and references by the file's ids or by our own row ids (here a user whose own id differs from the file's).
/// </summary>
internal static class GenericScenario
{
    public static async Task RunAsync(ImportTestDatabase db, SampleFiles files)
    {
        var users = files.Csv("users.csv", SampleFiles.Utf8Bom,
            ["id", "name", "email", "role", "team", "region", "manager_id", "timezone"],
            ["u1", "张伟", "zhangwei@example.cn", "rep", "华北一组", "华北", "m1", ""],
            ["m1", "李娜", "lina@example.cn", "经理", "华北一组", "华北", "", "Asia/Shanghai"],
            ["a1", "Admin", "admin@example.cn", "管理员", "", "", "", "Europe/Berlin"]);
        Assert.Equal(new ImportCounts(3, 0, 0), (await db.ImportOkAsync(users, ImportEntity.Users, "generic")).Counts);
        var team = await db.QueryAsync(d => d.Teams.SingleAsync());

        // A second file names the existing team by id: no new team, the region comes from the team.
        var more = files.Csv("users-2.csv", SampleFiles.Utf8Bom,
            ["id", "name", "email", "role", "team", "region", "manager_id", "timezone"],
            ["u2", "王磊", "", "销售", team.Id, "", "m1", ""]);
        await db.ImportOkAsync(more, ImportEntity.Users, "generic");

        var customers = files.Csv("customers.csv", SampleFiles.Utf8Bom,
            ["id", "name", "industry", "owner_id", "created_at"],
            ["c1", "北京某某有限公司", "制造", "u1", "2024-03-05T14:30:00+08:00"],
            ["c2", "No Owner Ltd", "", "", "2024-03-05T06:30:00Z"]);
        await db.ImportOkAsync(customers, ImportEntity.Customers, "generic");

        var deals = files.Xlsx("deals.xlsx",
            ["id", "customer_id", "owner_id", "stage", "amount", "currency", "channel", "created_at", "closed_at"],
            ["d1", "c1", "u1", "won", 1000, "USD", "online", "2024-03-05T14:30:00+08:00", "2024-03-10T10:00:00+08:00"],
            ["d2", "c2", "u2", "qualified", "2,500.00", "", "", "2024-03-06T00:00:00Z", ""]);
        await db.ImportOkAsync(deals, ImportEntity.Deals, "generic");

        var orders = files.Csv("orders.csv", SampleFiles.Utf8Bom,
            ["id", "customer_id", "owner_id", "amount", "currency", "channel", "created_at", "fulfilled_at"],
            ["o1", "c1", "u1", "199.99", "CNY", "partner", "2024-03-05T14:30:00+08:00", "2024-03-07T09:00:00+08:00"]);
        await db.ImportOkAsync(orders, ImportEntity.Orders, "generic");

        await db.QueryAsync(async d =>
        {
            Assert.Equal(1, await d.Teams.CountAsync());
            var zhang = await d.Users.SingleAsync(u => u.Id == "u1");   // the generic preset keeps the file's id as ours
            var wang = await d.Users.SingleAsync(u => u.Name == "王磊");
            Assert.Equal(("m1", team.Id, team.RegionId), (zhang.ManagerId, zhang.TeamId, zhang.RegionId));
            Assert.Equal((team.Id, team.RegionId, "m1", "Asia/Shanghai"), (wang.TeamId, wang.RegionId, wang.ManagerId, wang.TimeZone));
            Assert.Equal("Europe/Berlin", (await d.Users.SingleAsync(u => u.Id == "a1")).TimeZone);

            var c1 = await d.Customers.SingleAsync(c => c.Id == "c1");
            Assert.Equal((Utc(2024, 3, 5, 6, 30), "u1", team.Id), (c1.CreatedAt, c1.OwnerId, c1.TeamId));
            var c2 = await d.Customers.SingleAsync(c => c.Id == "c2");
            Assert.Equal((Utc(2024, 3, 5, 6, 30), null, null), (c2.CreatedAt, c2.OwnerId, c2.TeamId));

            var d1 = await d.Deals.SingleAsync(x => x.SourceId == "d1");
            Assert.Equal((DealStage.Won, 1000m, "USD", "online", Utc(2024, 3, 10, 2, 0)), (d1.Stage, d1.Amount, d1.Currency, d1.Channel, d1.ClosedAt!.Value));
            var d2 = await d.Deals.SingleAsync(x => x.SourceId == "d2");
            Assert.Equal((DealStage.Qualified, 2500m, "CNY", team.Id), (d2.Stage, d2.Amount, d2.Currency, d2.TeamId));

            var o1 = await d.Orders.SingleAsync();
            Assert.Equal((199.99m, "partner", Utc(2024, 3, 5, 6, 30), Utc(2024, 3, 7, 1, 0)), (o1.Amount, o1.Channel, o1.CreatedAt, o1.FulfilledAt!.Value));
            return 0;
        });
    }

    /// <summary>A generic order may name a customer or owner by our own row id, e.g. rows another preset imported.</summary>
    public static async Task OwnIdsAsync(ImportTestDatabase db, SampleFiles files)
    {
        await ZohoScenario.RunAsync(db, files);
        var (customerId, ownerId) = await db.QueryAsync(async d =>
            ((await d.Customers.FirstAsync(c => c.Name == "Zylker Foods")).Id, (await d.Users.FirstAsync(u => u.Name == "Amy Chen")).Id));
        var orders = files.Csv("own-ids.csv", SampleFiles.Utf8Bom,
            ["id", "customer_id", "owner_id", "amount", "currency", "channel", "created_at", "fulfilled_at"],
            ["x1", customerId, ownerId, "10", "", "", "2024-03-05T14:30:00+08:00", ""]);
        await db.ImportOkAsync(orders, ImportEntity.Orders, "generic");
        var order = await db.QueryAsync(d => d.Orders.SingleAsync(o => o.SourceSystem == "generic"));
        Assert.Equal((customerId, ownerId), (order.CustomerId, order.OwnerId));
    }
}
