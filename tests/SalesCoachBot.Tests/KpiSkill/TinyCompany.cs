using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Model;

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
        var factory = services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.Regions.AddRange(new Region { Id = "east", Name = "华东" }, new Region { Id = "south", Name = "华南" });
        db.Teams.AddRange(
            new Team { Id = "east-1", Name = "华东一组", RegionId = "east" },
            new Team { Id = "south-1", Name = "华南一组", RegionId = "south" },
            new Team { Id = "south-2", Name = "华南二组", RegionId = "south" });
        db.Users.AddRange(
            new SalesUser { Id = Admin, Name = "管理员甲", Role = SalesRole.Admin },
            new SalesUser { Id = EastManager, Name = "东经理", Role = SalesRole.Manager, TeamId = "east-1", RegionId = "east", TeamsAadObjectId = "aad-m1" },
            new SalesUser { Id = SouthManager, Name = "南经理", Role = SalesRole.Manager, TeamId = "south-1", RegionId = "south" },
            new SalesUser { Id = EastRep, Name = "张伟", Role = SalesRole.Rep, TeamId = "east-1", RegionId = "east", ManagerId = EastManager },
            new SalesUser { Id = EastRep2, Name = "李娜", Role = SalesRole.Rep, TeamId = "east-1", RegionId = "east", ManagerId = EastManager },
            new SalesUser { Id = SouthRep, Name = "王芳", Role = SalesRole.Rep, TeamId = "south-1", RegionId = "south", ManagerId = SouthManager });
        db.Customers.Add(new Customer { Id = "c1", Name = "华信科技", OwnerId = EastRep, TeamId = "east-1", RegionId = "east", CreatedAt = DateTimeOffset.UtcNow.AddYears(-1) });
        var monthStart = MonthStart(DateTimeOffset.UtcNow);
        var previousStart = MonthStart(monthStart.AddDays(-1));
        var id = 1;
        foreach (var (owner, amounts, start) in ThisMonth.Select(p => (p.Key, p.Value, monthStart)).Concat(LastMonth.Select(p => (p.Key, p.Value, previousStart))))
        {
            var user = await db.Users.FindAsync(owner) ?? (SalesUser)db.ChangeTracker.Entries<SalesUser>().First(e => e.Entity.Id == owner).Entity;
            foreach (var amount in amounts)
            {
                db.Orders.Add(new Order
                {
                    Id = id++, CustomerId = "c1", OwnerId = owner, TeamId = user.TeamId, RegionId = user.RegionId,
                    Amount = amount, Currency = "CNY", Channel = "direct", CreatedAt = start.AddHours(10), FulfilledAt = start.AddHours(34),
                });
            }
        }
        await db.SaveChangesAsync();
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
