using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Goals;

/// <summary>
/// The goal tables and the history query on both providers, over the hand-built company (GoalCompany): the
/// achievability figures are the ones worked out by hand there, and a change keeps every version.
/// </summary>
public sealed class GoalDataTests
{
    [Fact]
    public Task SqliteKeepsHistoryAndJudgesAchievability() => KeepsHistoryAndJudgesAchievability(postgres: false);

    [PostgresFact]
    public Task PostgresKeepsHistoryAndJudgesAchievability() => KeepsHistoryAndJudgesAchievability(postgres: true);

    private static async Task KeepsHistoryAndJudgesAchievability(bool postgres)
    {
        await using var database = postgres ? await PostgresTestDatabase.CreateAsync() : null;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SalesCoach:DataDirectory"] = TempDirectory.Create("goals"),
            ["ConnectionStrings:SalesCoach"] = database?.ConnectionString,
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        collection.AddSalesCoachData(configuration).AddGoalData();
        await using var services = collection.BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await GoalCompany.WriteAsync(services);

        var now = DateTimeOffset.UtcNow;
        var next = KpiPeriod.Current(KpiGranularity.Month, now, Zone).Shift(1, Zone);
        var rep = KpiScope.Rep(EastRep, "张伟");
        // 800 last month (the month in progress is not a complete period): 1,200 needs +50.0%, the best rise was 500 -> 640, +28.0%.
        var a = await services.GetRequiredService<GoalHistory>().AssessAsync(KpiCatalogue.Revenue, rep, 1200m, next.From, next.To, now, Zone);
        Assert.Equal(AchievabilityVerdict.Stretch, a.Verdict);
        Assert.Equal(GoalCompany.LastMonthRevenue, a.Baseline);
        Assert.Equal(50.0m, a.Needed);
        Assert.Equal(28.0m, a.Best);
        Assert.Equal([GoalCompany.LastMonthRevenue, GoalCompany.TwoMonthsAgo, GoalCompany.ThreeMonthsAgo], a.History.Take(3));

        var store = services.GetRequiredService<GoalStore>();
        var first = await store.SaveDraftAsync(Draft(next, 1000m, now));
        var saved = await store.ConfirmAsync(first.Id, EastRep, now);
        Assert.Equal(GoalStatus.Active, saved!.Status);
        var overlapping = await store.OverlappingAsync(GoalOwnerKind.Rep, EastRep, KpiCatalogue.Revenue, next.From.AddDays(3), next.To, CancellationToken.None);
        Assert.Equal(saved.Id, overlapping!.Id);
        Assert.Null(await store.OverlappingAsync(GoalOwnerKind.Rep, EastRep, KpiCatalogue.Revenue, next.To, next.To.AddDays(30)));

        var change = Draft(next, 1100m, now.AddMinutes(1));
        change.ReplacesGoalId = saved.Id;
        change = await store.SaveDraftAsync(change);
        var updated = await store.ConfirmAsync(change.Id, EastManager, now.AddMinutes(1));
        Assert.Equal(saved.Id, updated!.Id);
        Assert.Equal(2, updated.Revision);

        var revisions = await store.RevisionsAsync(saved.Id);
        Assert.Equal([GoalChange.Created, GoalChange.Updated], revisions.Select(r => r.Change));
        Assert.Equal([1000m, 1100m], revisions.Select(r => r.Target));
        Assert.Equal([EastRep, EastManager], revisions.Select(r => r.ChangedById));
        var active = Assert.Single(await store.ActiveAsync([EastRep], []));
        Assert.Equal(1100m, active.Target);
        Assert.Equal(next.To, active.Deadline);
    }

    private static Goal Draft(KpiPeriod period, decimal target, DateTimeOffset now) => new()
    {
        OwnerKind = GoalOwnerKind.Rep, OwnerId = EastRep, OwnerName = "张伟", TeamId = "east-1", Metric = KpiCatalogue.Revenue, Target = target,
        StartsAt = period.From, Deadline = period.To, SetById = EastRep, DraftChannelUserId = EastRep, CreatedAt = now, UpdatedAt = now,
    };
}
