using SalesCoach.Data.Model;
using SalesCoach.Tests.Kpi;
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
        var company = new KpiDatasetBuilder()
            .Region("east", "华东").Region("south", "华南")
            .Team("east-1", "华东一组", "east").Team("south-1", "华南一组", "south")
            .User(Admin, "管理员甲", SalesRole.Admin)
            .User(EastManager, "东经理", SalesRole.Manager, "east-1")
            .User(SouthManager, "南经理", SalesRole.Manager, "south-1")
            .User(EastRep, "张伟", SalesRole.Rep, "east-1", managerId: EastManager)
            .User(EastRep2, "李娜", SalesRole.Rep, "east-1", managerId: EastManager)
            .User(SouthRep, "王芳", SalesRole.Rep, "south-1", managerId: SouthManager)
            .Customer("c1", EastRep, DateTimeOffset.UtcNow.AddYears(-1), "华信科技");
        var month = MonthStart(DateTimeOffset.UtcNow);
        foreach (var (amount, start) in new[] { (ThreeMonthsAgo, MonthsBack(month, 3)), (TwoMonthsAgo, MonthsBack(month, 2)),
                     (LastMonthRevenue, MonthsBack(month, 1)), (1000m, month), (ThisMonthRevenue - 1000m, month) })
            company.Order(EastRep, "c1", amount, SalesChannels.Direct, start.AddHours(10).ToUniversalTime(), start.AddHours(30).ToUniversalTime());
        for (var i = 0; i < ResponseHours.Length; i++)
        {
            var asked = MonthsBack(month, i + 1).AddHours(9).ToUniversalTime();
            company.Interaction(EastRep2, "c1", InteractionKind.Call, asked, asked, asked.AddHours(ResponseHours[i]));
        }
        await company.Build().WriteAsync(services);
    }

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
