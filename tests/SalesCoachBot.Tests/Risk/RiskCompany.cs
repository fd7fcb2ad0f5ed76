using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Risk;

/// <summary>
/// A company built by hand so every risk signal of 华东一组 has an answer worked out on paper:
/// concentration 3510 / 10000 = 35.1% (top three 75.0%, five customers) → likelihood 4;
/// stalled deals 1 of 4 open (25.0%) → 3; overdue callbacks 2 of 5 customers (40.0%) → 4;
/// conversion 3/6 = 50% in the window before, 1/5 = 20% now, 30 points down → 5.
/// Rows just outside each window are planted to prove the windows hold.
/// </summary>
internal static class RiskCompany
{
    public const string Admin = "a1", EastManager = "m1", SouthManager = "m2", EastRep = "r1", EastRep2 = "r2", SouthRep = "r3";
    public const string East = "east-1", South = "south-1", EastName = "华东一组", SouthName = "华南一组";

    public static async Task WriteAsync(IServiceProvider services, DateTimeOffset now)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.Regions.AddRange(new Region { Id = "east", Name = "华东" }, new Region { Id = "south", Name = "华南" });
        db.Teams.AddRange(new Team { Id = East, Name = EastName, RegionId = "east" }, new Team { Id = South, Name = SouthName, RegionId = "south" });
        db.Users.AddRange(
            new SalesUser { Id = Admin, Name = "管理员甲", Role = SalesRole.Admin },
            new SalesUser { Id = EastManager, Name = "东经理", Role = SalesRole.Manager, TeamId = East, RegionId = "east" },
            new SalesUser { Id = SouthManager, Name = "南经理", Role = SalesRole.Manager, TeamId = South, RegionId = "south" },
            new SalesUser { Id = EastRep, Name = "张伟", Role = SalesRole.Rep, TeamId = East, RegionId = "east", ManagerId = EastManager },
            new SalesUser { Id = EastRep2, Name = "李娜", Role = SalesRole.Rep, TeamId = East, RegionId = "east", ManagerId = EastManager },
            new SalesUser { Id = SouthRep, Name = "王芳", Role = SalesRole.Rep, TeamId = South, RegionId = "south", ManagerId = SouthManager });

        Customer C(string id, string name, string owner, string team, string region, double? contactedDaysAgo) => new()
        {
            Id = id, Name = name, OwnerId = owner, TeamId = team, RegionId = region, CreatedAt = now.AddDays(-500),
            LastContactAt = contactedDaysAgo is { } d ? now.AddDays(-d) : null,
        };
        db.Customers.AddRange(
            C("c1", "大华集团", EastRep, East, "east", 5),
            C("c2", "恒通贸易", EastRep, East, "east", 10),
            C("c3", "远景科技", EastRep2, East, "east", 70),   // overdue
            C("c4", "星河物流", EastRep2, East, "east", 100),  // overdue
            C("c5", "金山食品", EastRep, East, "east", 59),    // one day inside the 60-day window
            C("s1", "南方电气", SouthRep, South, "south", 3));

        var orderId = 1;
        void Order(string customer, string owner, string team, string region, decimal amount, double daysAgo) => db.Orders.Add(new Order
        {
            Id = orderId++, CustomerId = customer, OwnerId = owner, TeamId = team, RegionId = region, Amount = amount,
            Currency = "CNY", Channel = "direct", CreatedAt = now.AddDays(-daysAgo),
        });
        Order("c1", EastRep, East, "east", 2000m, 30);
        Order("c1", EastRep, East, "east", 1510m, 200);
        Order("c2", EastRep, East, "east", 2000m, 100);
        Order("c2", EastRep, East, "east", 99_999m, 400); // outside the 365-day window
        Order("c3", EastRep2, East, "east", 1990m, 50);
        Order("c4", EastRep2, East, "east", 1500m, 20);
        Order("c5", EastRep, East, "east", 1000m, 10);
        Order("s1", SouthRep, South, "south", 800m, 15);

        var dealId = 1;
        void Deal(string customer, string owner, DealStage stage, double createdDaysAgo, double? closedDaysAgo = null, string team = East, string region = "east") => db.Deals.Add(new Deal
        {
            Id = dealId++, CustomerId = customer, OwnerId = owner, TeamId = team, RegionId = region, Stage = stage, Amount = 1000m,
            Currency = "CNY", Channel = "direct", CreatedAt = now.AddDays(-createdDaysAgo), ClosedAt = closedDaysAgo is { } c ? now.AddDays(-c) : null,
        });
        Deal("c1", EastRep, DealStage.Negotiation, 60);  // customer contacted 5 days ago
        Deal("c3", EastRep2, DealStage.Proposal, 45);    // stalled: customer quiet for 70 days
        Deal("c4", EastRep2, DealStage.Qualified, 10);   // too new to be stalled
        Deal("c2", EastRep, DealStage.Lead, 40);         // customer contacted 10 days ago
        // The window before (90-180 days ago): 3 won of 6.
        foreach (var (stage, closed) in new[] { (DealStage.Won, 100), (DealStage.Won, 120), (DealStage.Won, 170), (DealStage.Lost, 95), (DealStage.Lost, 130), (DealStage.Lost, 160) })
            Deal("c1", EastRep, stage, closed + 20, closed);
        // The last 90 days: 1 won of 5; one more won 200 days ago lies outside both windows.
        foreach (var (stage, closed) in new[] { (DealStage.Won, 10), (DealStage.Lost, 20), (DealStage.Lost, 30), (DealStage.Lost, 60), (DealStage.Lost, 80), (DealStage.Won, 200) })
            Deal("c2", EastRep, stage, closed + 20, closed);
        Deal("s1", SouthRep, DealStage.Won, 30, 5, South, "south");
        await db.SaveChangesAsync();
    }
}
