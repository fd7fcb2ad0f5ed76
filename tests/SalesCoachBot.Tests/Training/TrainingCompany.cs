using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Training;

/// <summary>
/// A company whose training gaps are known by construction. 华东一组 has four reps:
/// conversion (won / closed deals, 20 days ago) 张伟 1/10, 李娜 4/10, 赵强 3/10, 孙丽 2/10: median 25%, so
/// 张伟 (10%) is 60% short and 孙丽 (20%) 20% short, 李娜 is the best;
/// response time (5 requests each) 2 h, 2 h, 10 h, 2.5 h: median 2.25 h, so 赵强 is 344.4% slower, 孙丽 only 11.1%
/// (under the 15% threshold); revenue ¥10,000 each (one order on the 15th of last month, handled in 24 h), and
/// 张伟 has a monthly revenue target of ¥6,000 for every complete month of the 90-day window, so he is below target.
/// 华南一组 has one rep, 王芳, so no median there. 华北一组's only rep, 周敏, answers in 20 h: team means are
/// 4.125 h (华东一组), 1 h (华南一组), 20 h (华北一组), so 华北一组 is behind the other teams as a whole, which no
/// team median shows; its conversion (5 of 20) equals the median of teams (25%). No surveys: CSAT is never compared.
/// </summary>
internal static class TrainingCompany
{
    public const string Admin = "a1", EastManager = "m1", SouthManager = "m2", NorthManager = "m3";
    public const string ZhangWei = "r1", LiNa = "r2", ZhaoQiang = "r3", SunLi = "r4", WangFang = "r5", ZhouMin = "r6";
    public const decimal MonthlyTarget = 6000m, Revenue = 10000m;

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly Dictionary<string, int> Won = new() { [ZhangWei] = 1, [LiNa] = 4, [ZhaoQiang] = 3, [SunLi] = 2, [WangFang] = 5, [ZhouMin] = 5 };

    public static readonly Dictionary<string, int> Closed = new() { [ZhangWei] = 10, [LiNa] = 10, [ZhaoQiang] = 10, [SunLi] = 10, [WangFang] = 10, [ZhouMin] = 20 };

    public static readonly Dictionary<string, double> ResponseHours = new() { [ZhangWei] = 2, [LiNa] = 2, [ZhaoQiang] = 10, [SunLi] = 2.5, [WangFang] = 1, [ZhouMin] = 20 };

    /// <summary>The complete calendar months inside the 90-day window ending now: the months the target is set for.</summary>
    public static IReadOnlyList<DateOnly> CompleteMonths(DateTimeOffset now)
    {
        var from = TimeZoneInfo.ConvertTime(now.AddDays(-90), Zone).DateTime;
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var thisMonth = new DateTime(local.Year, local.Month, 1);
        var months = new List<DateOnly>();
        for (var m = thisMonth.AddMonths(-1); m >= from; m = m.AddMonths(-1)) months.Add(DateOnly.FromDateTime(m));
        return months;
    }

    /// <summary>张伟's shortfall against his target: the targets of the complete months against the one order.</summary>
    public static decimal TargetSeverity(DateTimeOffset now)
    {
        var target = MonthlyTarget * CompleteMonths(now).Count;
        return (target - Revenue) / target;
    }

    public static async Task WriteAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        db.Regions.AddRange(new Region { Id = "east", Name = "华东" }, new Region { Id = "south", Name = "华南" }, new Region { Id = "north", Name = "华北" });
        db.Teams.AddRange(new Team { Id = "east-1", Name = "华东一组", RegionId = "east" }, new Team { Id = "south-1", Name = "华南一组", RegionId = "south" },
            new Team { Id = "north-1", Name = "华北一组", RegionId = "north" });
        db.Users.AddRange(
            new SalesUser { Id = Admin, Name = "管理员甲", Role = SalesRole.Admin },
            new SalesUser { Id = EastManager, Name = "东经理", Role = SalesRole.Manager, TeamId = "east-1", RegionId = "east" },
            new SalesUser { Id = SouthManager, Name = "南经理", Role = SalesRole.Manager, TeamId = "south-1", RegionId = "south" },
            new SalesUser { Id = NorthManager, Name = "北经理", Role = SalesRole.Manager, TeamId = "north-1", RegionId = "north" });
        var reps = new[] { (ZhangWei, "张伟", "east-1", "east"), (LiNa, "李娜", "east-1", "east"), (ZhaoQiang, "赵强", "east-1", "east"), (SunLi, "孙丽", "east-1", "east"), (WangFang, "王芳", "south-1", "south"), (ZhouMin, "周敏", "north-1", "north") };
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var fifteenth = new DateTime(local.Year, local.Month, 15).AddMonths(-1).AddHours(10);
        var orderAt = new DateTimeOffset(fifteenth, Zone.GetUtcOffset(fifteenth)).ToUniversalTime();
        long id = 1;
        foreach (var (rep, name, team, region) in reps)
        {
            var manager = team switch { "east-1" => EastManager, "south-1" => SouthManager, _ => NorthManager };
            db.Users.Add(new SalesUser { Id = rep, Name = name, Role = SalesRole.Rep, TeamId = team, RegionId = region, ManagerId = manager });
            var customer = "c-" + rep;
            db.Customers.Add(new Customer { Id = customer, Name = "客户" + name, OwnerId = rep, TeamId = team, RegionId = region, CreatedAt = now.AddDays(-400) });
            for (var d = 0; d < Closed[rep]; d++)
            {
                db.Deals.Add(new Deal
                {
                    Id = id++, CustomerId = customer, OwnerId = rep, TeamId = team, RegionId = region, Amount = 1000m, Currency = "CNY", Channel = "direct",
                    Stage = d < Won[rep] ? DealStage.Won : DealStage.Lost, CreatedAt = now.AddDays(-50), ClosedAt = now.AddDays(-20),
                });
            }
            for (var i = 0; i < 5; i++)
            {
                var requested = now.AddDays(-20).AddHours(i);
                db.Interactions.Add(new Interaction
                {
                    Id = id++, CustomerId = customer, OwnerId = rep, TeamId = team, RegionId = region, Kind = InteractionKind.Email,
                    OccurredAt = requested, RequestedAt = requested, FirstResponseAt = requested.AddHours(ResponseHours[rep]),
                });
            }
            db.Orders.Add(new Order
            {
                Id = id++, CustomerId = customer, OwnerId = rep, TeamId = team, RegionId = region, Amount = Revenue, Currency = "CNY", Channel = "direct",
                CreatedAt = orderAt, FulfilledAt = orderAt.AddHours(24),
            });
        }
        foreach (var month in CompleteMonths(now))
            db.Targets.Add(new Target { OwnerId = ZhangWei, Metric = "revenue", Period = TargetPeriod.Month, PeriodStart = month, Value = MonthlyTarget });
        await db.SaveChangesAsync();
    }
}
