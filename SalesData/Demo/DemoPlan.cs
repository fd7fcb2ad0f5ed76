namespace SalesCoach.Data.Demo;

/// <summary>
/// The demo company's fixed shape: the seed, the row counts and where the planted problems are, so the
/// tests and the coaching skills' demos can point at them by id instead of rediscovering them.
/// </summary>
public static class DemoPlan
{
    public const int Seed = 20261127;
    public const string SourceSystem = "demo";
    public const string Currency = "CNY";

    /// <summary>The company's calendar (Asia/Shanghai has had no daylight saving since 1991, so a fixed offset is exact).</summary>
    public static readonly TimeSpan CompanyOffset = TimeSpan.FromHours(8);

    /// <summary>Two years of history, ending the day before the anchor so nothing lies in the future.</summary>
    public const int HistoryDays = 730;

    public const int RepsPerTeam = 6;
    public const int CustomerCount = 2000;
    public const int DealsPerRep = 240;
    public const int OrderCount = 100_000;
    public const int InteractionCount = 40_000;

    /// <summary>One survey for every tenth order.</summary>
    public const int SurveyEvery = 10;
    public const int TargetMonths = 24, TargetQuarters = 8;

    public const string AdminId = "admin";

    /// <summary>Planted: this rep's win rate falls quarter after quarter (about 45% down to 10%).</summary>
    public const string DecliningRepId = "r08";

    /// <summary>Planted: inbound requests in this region wait about eight times longer for a first response.</summary>
    public const string SlowRegionId = "north";

    /// <summary>Planted: this customer carries about 35% of this team's order revenue.</summary>
    public const string ConcentratedTeamId = "south-1";
    public const string ConcentratedCustomerId = "c0013";

    /// <summary>
    /// Reps the examples in the help card, the README and docs/ name: the demo company always has them, so a
    /// newcomer's first tries find who they ask about. Each takes a fixed seat (0 = r01): 张伟 leads 华东一组,
    /// 李娜 takes 华北一组's first seat (r25), so the other reps of 华东一组 that conversation sets and earlier
    /// docs name (孙勇, 朱丽, 孙明 ...) keep the names the seed gives them.
    /// </summary>
    public static readonly (string Name, int Seat)[] NamedReps = [("张伟", 0), ("李娜", 24)];

    /// <summary>Customers the examples name ("提醒我回访华信科技"), by id; c0002 belongs to r02, in 华东 like 杭州.</summary>
    public static readonly IReadOnlyDictionary<string, string> NamedCustomers = new Dictionary<string, string>
    {
        ["c0002"] = "杭州华信科技有限公司",
    };

    /// <summary>Planted: every twentieth customer (index % 20 == 7) went quiet four to nine months ago.</summary>
    public static bool IsDormant(int customerIndex) => customerIndex % 20 == 7;
}
