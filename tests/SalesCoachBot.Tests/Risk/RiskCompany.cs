using SalesCoach.Data.Model;
using SalesCoach.Tests.Kpi;

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
        var company = new KpiDatasetBuilder()
            .Region("east", "华东").Region("south", "华南")
            .Team(East, EastName, "east").Team(South, SouthName, "south")
            .User(Admin, "管理员甲", SalesRole.Admin)
            .User(EastManager, "东经理", SalesRole.Manager, East)
            .User(SouthManager, "南经理", SalesRole.Manager, South)
            .User(EastRep, "张伟", SalesRole.Rep, East, managerId: EastManager)
            .User(EastRep2, "李娜", SalesRole.Rep, East, managerId: EastManager)
            .User(SouthRep, "王芳", SalesRole.Rep, South, managerId: SouthManager);

        void Customer(string id, string name, string owner, double contactedDaysAgo) =>
            company.Customer(id, owner, now.AddDays(-500), name, now.AddDays(-contactedDaysAgo));
        Customer("c1", "大华集团", EastRep, 5);
        Customer("c2", "恒通贸易", EastRep, 10);
        Customer("c3", "远景科技", EastRep2, 70);   // overdue
        Customer("c4", "星河物流", EastRep2, 100);  // overdue
        Customer("c5", "金山食品", EastRep, 59);    // one day inside the 60-day window
        Customer("s1", "南方电气", SouthRep, 3);

        void Order(string customer, string owner, decimal amount, double daysAgo) =>
            company.Order(owner, customer, amount, SalesChannels.Direct, now.AddDays(-daysAgo));
        Order("c1", EastRep, 2000m, 30);
        Order("c1", EastRep, 1510m, 200);
        Order("c2", EastRep, 2000m, 100);
        Order("c2", EastRep, 99_999m, 400); // outside the 365-day window
        Order("c3", EastRep2, 1990m, 50);
        Order("c4", EastRep2, 1500m, 20);
        Order("c5", EastRep, 1000m, 10);
        Order("s1", SouthRep, 800m, 15);

        void Deal(string customer, string owner, DealStage stage, double createdDaysAgo, double? closedDaysAgo = null) =>
            company.Deal(owner, customer, stage, now.AddDays(-createdDaysAgo), closedDaysAgo is { } c ? now.AddDays(-c) : null);
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
        Deal("s1", SouthRep, DealStage.Won, 30, 5);
        await company.Build().WriteAsync(services);
    }
}
