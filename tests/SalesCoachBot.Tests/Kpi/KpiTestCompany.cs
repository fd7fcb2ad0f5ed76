using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;
using static SalesCoach.Tests.Kpi.KpiDatasetBuilder;

namespace SalesCoach.Tests.Kpi;

/// <summary>
/// The hand-built company the KPI tests measure: 2 regions, 3 teams, an admin, 2 managers and 4 reps.
/// October 2026 in Asia/Shanghai is the period under test; September is "the previous month" and a few
/// rows sit in August and November. Several rows are minutes from a month boundary in China time, on the
/// other side of it in UTC (09-30 23:30 +08 is September; 10-01 07:59 +08 is 09-30 23:59Z but October;
/// 11-01 00:00 +08 is 10-31 16:00Z but November), so a UTC calendar would put them in the wrong month.
/// </summary>
public static class KpiTestCompany
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>A calendar month in China time, with the +08:00 offsets a caller would pass (the engine converts).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Month(int year, int month) =>
        (new DateTimeOffset(year, month, 1, 0, 0, 0, ChinaOffset), new DateTimeOffset(year, month, 1, 0, 0, 0, ChinaOffset).AddMonths(1));

    public static readonly (DateTimeOffset From, DateTimeOffset To) October = Month(2026, 10);
    public static readonly (DateTimeOffset From, DateTimeOffset To) September = Month(2026, 9);

    /// <summary>Scopes by key ("company", "region:east", "team:east-1", "rep:r1"), as theories name them.</summary>
    public static KpiScope Scope(string key)
    {
        if (key == "company") return KpiScope.Company;
        var (kind, id) = (key[..key.IndexOf(':')], key[(key.IndexOf(':') + 1)..]);
        return kind switch
        {
            "region" => KpiScope.Region(id, id),
            "team" => KpiScope.Team(id, id),
            "rep" => KpiScope.Rep(id, id),
            _ => throw new ArgumentException(key),
        };
    }

    /// <summary>Every scope of the company, plus users with no figures of their own (the admin, a manager).</summary>
    public static readonly string[] ScopeKeys =
    [
        "company", "region:east", "region:south", "team:east-1", "team:east-2", "team:south-1",
        "rep:r1", "rep:r2", "rep:r3", "rep:r4", "rep:m1", "rep:admin",
    ];

    public static KpiDataset Build() => new KpiDatasetBuilder()
        .Region("east", "华东")
        .Region("south", "华南")
        .Team("east-1", "华东一组", "east")
        .Team("east-2", "华东二组", "east")
        .Team("south-1", "华南一组", "south")
        .User("admin", "管理员", SalesRole.Admin, aad: "aad-admin")
        .User("m1", "王经理", SalesRole.Manager, "east-1", aad: "AAD-M1")
        .User("m2", "李经理", SalesRole.Manager, "south-1")
        .User("r1", "张伟", SalesRole.Rep, "east-1", managerId: "m1", aad: "aad-r1")
        .User("r2", "刘洋", SalesRole.Rep, "east-1", managerId: "m1")
        .User("r3", "陈静", SalesRole.Rep, "east-2")
        .User("r4", "赵磊", SalesRole.Rep, "south-1", managerId: "m2")
        // Customers: new in October are c2, c4, c5; c3 is September's (23:30 on the 30th); c6 is November's.
        .Customer("c1", "r1", Cst(2026, 3, 1))
        .Customer("c2", "r1", Cst(2026, 10, 1, 0, 10))
        .Customer("c3", "r2", Cst(2026, 9, 30, 23, 30))
        .Customer("c4", "r3", Cst(2026, 10, 15, 9))
        .Customer("c5", "r4", Cst(2026, 10, 31, 23, 59))
        .Customer("c6", "r4", Cst(2026, 11, 1, 0, 5))
        .Customer("c7", "r3", Cst(2026, 1, 10))
        .Customer("c8", "r4", Cst(2026, 5, 5))
        // Orders. Handling time in hours after each fulfilled one.
        .Order("r1", "c1", 1000.00m, "direct", Cst(2026, 10, 1, 0, 10), Cst(2026, 10, 2, 12, 10))      // Oct, 36 h
        .Order("r1", "c1", 2500.50m, "online", Cst(2026, 9, 30, 23, 30), Cst(2026, 10, 1, 5, 30))      // Sep, 6 h
        .Order("r1", "c2", 800.25m, "online", Cst(2026, 10, 10, 9))                                    // Oct, open
        .Order("r2", "c3", 1500.00m, "partner", Cst(2026, 10, 5, 14), Cst(2026, 10, 6, 2))             // Oct, 12 h
        .Order("r2", "c3", 9999.00m, "direct", Cst(2026, 10, 6, 10), Cst(2026, 10, 6, 11), currency: "USD") // Oct, 1 h, USD
        .Order("r2", "c3", 300.10m, "phone", Cst(2026, 10, 31, 23, 59), Cst(2026, 11, 1, 1, 59))       // Oct, 2 h
        .Order("r3", "c4", 4200.00m, "direct", Cst(2026, 10, 16, 10), Cst(2026, 10, 20, 10))           // Oct, 96 h
        .Order("r3", "c4", 650.00m, "online", Cst(2026, 11, 1), Cst(2026, 11, 1, 6))                   // Nov (bound excluded)
        .Order("r3", "c7", 1200.00m, "direct", Cst(2026, 10, 20, 15))                                  // Oct, open
        .Order("r4", "c8", 700.00m, "phone", Cst(2026, 10, 3, 8), Cst(2026, 10, 3, 20, 30))            // Oct, 12.5 h
        .Order("r4", "c8", 3100.00m, "partner", Cst(2026, 10, 25, 16), Cst(2026, 10, 27, 16))          // Oct, 48 h
        .Order("r4", "c8", 999.99m, "online", Cst(2026, 10, 1, 7, 59), Cst(2026, 10, 1, 9, 59))        // Oct (09-30Z), 2 h
        .Order("r1", "c1", 450.00m, "direct", Cst(2026, 9, 15, 10), Cst(2026, 9, 16, 10))              // Sep, 24 h
        .Order("r2", "c3", 120.00m, "phone", Cst(2026, 9, 30, 23, 45))                                 // Sep, open
        .Order("r3", "c7", 2000.00m, "partner", Cst(2026, 9, 10, 9), Cst(2026, 9, 10, 19))             // Sep, 10 h
        .Order("r4", "c8", 500.00m, "online", Cst(2026, 9, 12, 11), currency: "USD")                   // Sep, USD
        .Order("r2", "c3", 640.00m, "direct", Cst(2026, 10, 8, 11), Cst(2026, 10, 8, 15), teamId: "east-2") // Oct, 4 h, credited to r2's old team
        .Order("r1", "c2", 1999.99m, "direct", Cst(2026, 10, 20, 12), Cst(2026, 10, 21))               // Oct, 12 h
        .Order("r4", "c8", 20.00m, "phone", Cst(2026, 8, 31, 23, 30), Cst(2026, 9, 1, 0, 30))          // Aug, 1 h
        .Order("r3", "c7", 5000.00m, "direct", Cst(2026, 10, 12, 14), Cst(2026, 10, 12, 14, 30))       // Oct, 0.5 h
        .Order("r4", "c5", 88.00m, "online", Cst(2026, 10, 31, 23, 59, 30))                            // Oct, open
        // Deals: October closes 4 won (d1 d4 d8 d9) and 3 lost (d2 d6 d7).
        .Deal("r1", "c1", DealStage.Won, Cst(2026, 8, 1), Cst(2026, 10, 5))
        .Deal("r1", "c2", DealStage.Lost, Cst(2026, 9, 1), Cst(2026, 10, 1, 0, 10))
        .Deal("r1", "c1", DealStage.Won, Cst(2026, 8, 1), Cst(2026, 9, 30, 23, 30))                    // Sep
        .Deal("r2", "c3", DealStage.Won, Cst(2026, 9, 1), Cst(2026, 10, 12))
        .Deal("r2", "c3", DealStage.Negotiation, Cst(2026, 9, 1), null)                                // open
        .Deal("r3", "c4", DealStage.Lost, Cst(2026, 9, 1), Cst(2026, 10, 20))
        .Deal("r3", "c7", DealStage.Lost, Cst(2026, 9, 1), Cst(2026, 10, 22))
        .Deal("r3", "c7", DealStage.Won, Cst(2026, 9, 1), Cst(2026, 10, 28))
        .Deal("r4", "c8", DealStage.Won, Cst(2026, 9, 1), Cst(2026, 10, 9))
        .Deal("r4", "c8", DealStage.Lead, Cst(2026, 9, 1), Cst(2026, 10, 10))                          // not closed, despite a date
        .Deal("r4", "c5", DealStage.Lost, Cst(2026, 10, 31, 23, 59, 30), Cst(2026, 11, 1))             // Nov
        // Interactions: response time in hours after each answered request.
        .Interaction("r1", "c1", InteractionKind.Callback, Cst(2026, 10, 2, 11, 30), Cst(2026, 10, 2, 9), Cst(2026, 10, 2, 11, 30)) // Oct, 2.5 h
        .Interaction("r1", "c2", InteractionKind.Call, Cst(2026, 10, 3, 10))                           // outbound
        .Interaction("r2", "c3", InteractionKind.Email, Cst(2026, 10, 1, 1, 30), Cst(2026, 9, 30, 23, 30), Cst(2026, 10, 1, 1, 30)) // Sep, 2 h
        .Interaction("r2", "c3", InteractionKind.Callback, Cst(2026, 10, 1, 8, 10), Cst(2026, 10, 1, 0, 10), Cst(2026, 10, 1, 8, 10)) // Oct, 8 h
        .Interaction("r3", "c4", InteractionKind.Callback, Cst(2026, 10, 15, 10), Cst(2026, 10, 14, 10), Cst(2026, 10, 15, 10)) // Oct, 24 h
        .Interaction("r3", "c7", InteractionKind.Email, Cst(2026, 10, 20, 10), Cst(2026, 10, 20, 10))  // Oct, unanswered
        .Interaction("r4", "c8", InteractionKind.Visit, Cst(2026, 10, 8, 15))                          // outbound
        .Interaction("r4", "c8", InteractionKind.Callback, Cst(2026, 10, 7, 10, 45), Cst(2026, 10, 7, 10), Cst(2026, 10, 7, 10, 45)) // Oct, 0.75 h
        .Interaction("r4", "c8", InteractionKind.Call, Cst(2026, 10, 29, 10, 0, 36), Cst(2026, 10, 29, 9), Cst(2026, 10, 29, 10, 0, 36)) // Oct, 1.01 h
        .Interaction("r1", "c2", InteractionKind.Email, Cst(2026, 11, 1, 9, 50), Cst(2026, 10, 31, 23, 50), Cst(2026, 11, 1, 9, 50)) // Oct, 10 h
        // Surveys: October scores 5, 4, 3, 2 (none for r4 and so none for team south-1 or region south).
        .Survey("r1", "c1", 5, Cst(2026, 10, 3))
        .Survey("r1", "c2", 4, Cst(2026, 10, 31, 23, 30))
        .Survey("r2", "c3", 3, Cst(2026, 10, 1, 0, 10))
        .Survey("r2", "c3", 1, Cst(2026, 9, 30, 23, 30))                                                // Sep
        .Survey("r3", "c4", 2, Cst(2026, 10, 20))
        .Survey("r4", "c8", 5, Cst(2026, 9, 15))                                                       // Sep
        .Build();
}
