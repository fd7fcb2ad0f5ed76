using SalesCoach.Data.Model;
using SalesCoach.Tests.Kpi;

namespace SalesCoach.Tests.KpiSkill;

/// <summary>
/// Two regions, three teams, an admin, two managers and three reps, with orders placed relative to "now"
/// so that this month and last month always have known totals: the figures the transcripts expect are
/// sums of the amounts written here.
/// </summary>
internal static class TinyCompany
{
    public const string Admin = "a1", EastManager = "m1", SouthManager = "m2", EastRep = "r1", EastRep2 = "r2", SouthRep = "r3";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Amounts this month per rep (placed on the 1st at 10:00 local, so always inside the month so far).</summary>
    public static readonly Dictionary<string, decimal[]> ThisMonth = new()
    {
        [EastRep] = [1000m, 2500.50m],
        [EastRep2] = [700m],
        [SouthRep] = [4000m, 100m, 100m],
    };

    public static readonly Dictionary<string, decimal[]> LastMonth = new()
    {
        [EastRep] = [800m],
        [EastRep2] = [300m, 300m],
        [SouthRep] = [5000m],
    };

    public static async Task WriteAsync(IServiceProvider services)
    {
        var company = new KpiDatasetBuilder()
            .Region("east", "华东").Region("south", "华南")
            .Team("east-1", "华东一组", "east").Team("south-1", "华南一组", "south").Team("south-2", "华南二组", "south")
            .User(Admin, "管理员甲", SalesRole.Admin)
            .User(EastManager, "东经理", SalesRole.Manager, "east-1", aad: "aad-m1")
            .User(SouthManager, "南经理", SalesRole.Manager, "south-1")
            .User(EastRep, "张伟", SalesRole.Rep, "east-1", managerId: EastManager)
            .User(EastRep2, "李娜", SalesRole.Rep, "east-1", managerId: EastManager)
            .User(SouthRep, "王芳", SalesRole.Rep, "south-1", managerId: SouthManager)
            .Customer("c1", EastRep, DateTimeOffset.UtcNow.AddYears(-1), "华信科技");
        var monthStart = MonthStart(DateTimeOffset.UtcNow);
        var previousStart = MonthStart(monthStart.AddDays(-1));
        foreach (var (owner, amounts, start) in ThisMonth.Select(p => (p.Key, p.Value, monthStart)).Concat(LastMonth.Select(p => (p.Key, p.Value, previousStart))))
            foreach (var amount in amounts)
                company.Order(owner, "c1", amount, SalesChannels.Direct, start.AddHours(10), start.AddHours(34));
        await company.Build().WriteAsync(services);
    }

    public static decimal Sum(Dictionary<string, decimal[]> month, params string[] owners) =>
        month.Where(p => owners.Contains(p.Key)).SelectMany(p => p.Value).Sum();

    public static string Money(decimal value) => "¥" + value.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset MonthStart(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var start = new DateTime(local.Year, local.Month, 1);
        return new DateTimeOffset(start, Zone.GetUtcOffset(start));
    }
}
