using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;
using SalesCoach.Tests.KpiSkill;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Goals;

/// <summary>
/// The KPI transcripts' tiny company plus a known history for the achievability check:
/// 张伟's revenue by month, three months back to now: 500, 640 (+28%), 800 (+25%, TinyCompany's last month), 3,500.50 (this month so far);
/// 李娜's response time: 10 h, 8 h (a 20% fall), 6 h (a 25% fall) over the last three complete months.
/// </summary>
internal static class GoalCompany
{
    public const decimal ThreeMonthsAgo = 500m, TwoMonthsAgo = 640m;
    public static readonly decimal LastMonthRevenue = Sum(TinyCompany.LastMonth, EastRep);
    public static readonly decimal ThisMonthRevenue = Sum(TinyCompany.ThisMonth, EastRep);
    public static readonly double[] ResponseHours = [6, 8, 10];

    public static async Task WriteAsync(IServiceProvider services)
    {
        await TinyCompany.WriteAsync(services);
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var month = MonthStart(DateTimeOffset.UtcNow);
        db.Orders.AddRange(
            Order(1001, EastRep, ThreeMonthsAgo, MonthsBack(month, 3)),
            Order(1002, EastRep, TwoMonthsAgo, MonthsBack(month, 2)));
        for (var i = 0; i < ResponseHours.Length; i++)
        {
            var asked = MonthsBack(month, i + 1).AddHours(9);
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
        Channel = "direct", CreatedAt = monthStart.AddHours(10), FulfilledAt = monthStart.AddHours(30),
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
