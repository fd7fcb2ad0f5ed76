using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Goals;

/// <summary>
/// The KPI transcripts' tiny organisation (same people, teams and ids) with a known history for the achievability check:
/// 张伟's revenue by month, three months back to now: 500, 640 (+28%), 800 (+25%), 3,500.50 (this month so far, on the 1st);
/// 李娜's response time: 10 h, 8 h (a 20% fall), 6 h (a 25% fall) over the last three complete months.
/// </summary>
internal static class GoalCompany
{
    public const decimal ThreeMonthsAgo = 500m, TwoMonthsAgo = 640m;
    public const decimal LastMonthRevenue = 800m, ThisMonthRevenue = 3500.50m;
    public static readonly double[] ResponseHours = [6, 8, 10];

    public static async Task WriteAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.Regions.AddRange(new Region { Id = "east", Name = "华东" }, new Region { Id = "south", Name = "华南" });
        db.Teams.AddRange(
            new Team { Id = "east-1", Name = "华东一组", RegionId = "east" },
            new Team { Id = "south-1", Name = "华南一组", RegionId = "south" });
        db.Users.AddRange(
            new SalesUser { Id = Admin, Name = "管理员甲", Role = SalesRole.Admin },
            new SalesUser { Id = EastManager, Name = "东经理", Role = SalesRole.Manager, TeamId = "east-1", RegionId = "east" },
            new SalesUser { Id = SouthManager, Name = "南经理", Role = SalesRole.Manager, TeamId = "south-1", RegionId = "south" },
            new SalesUser { Id = EastRep, Name = "张伟", Role = SalesRole.Rep, TeamId = "east-1", RegionId = "east", ManagerId = EastManager },
            new SalesUser { Id = EastRep2, Name = "李娜", Role = SalesRole.Rep, TeamId = "east-1", RegionId = "east", ManagerId = EastManager },
            new SalesUser { Id = SouthRep, Name = "王芳", Role = SalesRole.Rep, TeamId = "south-1", RegionId = "south", ManagerId = SouthManager });
        db.Customers.Add(new Customer { Id = "c1", Name = "华信科技", OwnerId = EastRep, TeamId = "east-1", RegionId = "east", CreatedAt = DateTimeOffset.UtcNow.AddYears(-1) });
        var month = MonthStart(DateTimeOffset.UtcNow);
        db.Orders.AddRange(
            Order(1, EastRep, ThreeMonthsAgo, MonthsBack(month, 3)),
            Order(2, EastRep, TwoMonthsAgo, MonthsBack(month, 2)),
            Order(3, EastRep, LastMonthRevenue, MonthsBack(month, 1)),
            Order(4, EastRep, 1000m, month),
            Order(5, EastRep, ThisMonthRevenue - 1000m, month));
        for (var i = 0; i < ResponseHours.Length; i++)
        {
            var asked = MonthsBack(month, i + 1).AddHours(9).ToUniversalTime();
            db.Interactions.Add(new Interaction
            {
                Id = 2001 + i, CustomerId = "c1", OwnerId = EastRep2, TeamId = "east-1", RegionId = "east", Kind = InteractionKind.Call,
                OccurredAt = asked, RequestedAt = asked, FirstResponseAt = asked.AddHours(ResponseHours[i]),
            });
        }
        await db.SaveChangesAsync();
    }

    private static Order Order(long id, string owner, decimal amount, DateTimeOffset monthStart) => new()
    {
        Id = id, CustomerId = "c1", OwnerId = owner, TeamId = "east-1", RegionId = "east", Amount = amount, Currency = "CNY",
        Channel = "direct", CreatedAt = monthStart.AddHours(10).ToUniversalTime(), FulfilledAt = monthStart.AddHours(30).ToUniversalTime(),
    };

    private static DateTimeOffset MonthStart(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var start = new DateTime(local.Year, local.Month, 1);
        return new DateTimeOffset(start, Zone.GetUtcOffset(start));
    }

    private static DateTimeOffset MonthsBack(DateTimeOffset monthStart, int months)
    {
        var local = monthStart.DateTime.AddMonths(-months);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
