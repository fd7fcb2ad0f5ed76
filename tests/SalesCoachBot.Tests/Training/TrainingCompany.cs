using SalesCoach.Data.Model;
using SalesCoach.Tests.Kpi;

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
        var now = DateTimeOffset.UtcNow;
        var company = new KpiDatasetBuilder()
            .Region("east", "华东").Region("south", "华南").Region("north", "华北")
            .Team("east-1", "华东一组", "east").Team("south-1", "华南一组", "south").Team("north-1", "华北一组", "north")
            .User(Admin, "管理员甲", SalesRole.Admin)
            .User(EastManager, "东经理", SalesRole.Manager, "east-1")
            .User(SouthManager, "南经理", SalesRole.Manager, "south-1")
            .User(NorthManager, "北经理", SalesRole.Manager, "north-1");
        var reps = new[] { (ZhangWei, "张伟", "east-1"), (LiNa, "李娜", "east-1"), (ZhaoQiang, "赵强", "east-1"), (SunLi, "孙丽", "east-1"), (WangFang, "王芳", "south-1"), (ZhouMin, "周敏", "north-1") };
        var local = TimeZoneInfo.ConvertTime(now, Zone).DateTime;
        var fifteenth = new DateTime(local.Year, local.Month, 15).AddMonths(-1).AddHours(10);
        var orderAt = new DateTimeOffset(fifteenth, Zone.GetUtcOffset(fifteenth)).ToUniversalTime();
        foreach (var (rep, name, team) in reps)
        {
            var manager = team switch { "east-1" => EastManager, "south-1" => SouthManager, _ => NorthManager };
            var customer = "c-" + rep;
            company.User(rep, name, SalesRole.Rep, team, managerId: manager).Customer(customer, rep, now.AddDays(-400), "客户" + name);
            for (var d = 0; d < Closed[rep]; d++)
                company.Deal(rep, customer, d < Won[rep] ? DealStage.Won : DealStage.Lost, now.AddDays(-50), now.AddDays(-20));
            for (var i = 0; i < 5; i++)
            {
                var requested = now.AddDays(-20).AddHours(i);
                company.Interaction(rep, customer, InteractionKind.Email, requested, requested, requested.AddHours(ResponseHours[rep]));
            }
            company.Order(rep, customer, Revenue, SalesChannels.Direct, orderAt, orderAt.AddHours(24));
        }
        foreach (var month in CompleteMonths(now))
            company.Target(ZhangWei, "revenue", TargetPeriod.Month, month, MonthlyTarget);
        await company.Build().WriteAsync(services);
    }
}
