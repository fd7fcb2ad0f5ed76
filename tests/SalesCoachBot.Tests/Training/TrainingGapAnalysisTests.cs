using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Training;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.SalesData;
using static SalesCoach.Tests.Training.TrainingCompany;

namespace SalesCoach.Tests.Training;

/// <summary>
/// The evidence on hand-built data with known answers (see TrainingCompany): medians, direction-aware gaps, the
/// threshold, the target over the window's complete months, the best performer, the ranking, and the plan made
/// from them, stored and decided, on SQLite and on PostgreSQL.
/// </summary>
public sealed class TrainingGapAnalysisTests
{
    [Fact]
    public async Task GapsMediansAndTargetsOnSqlite()
    {
        await using var services = SalesDataServices.Create();
        await CheckAsync(services);
    }

    [PostgresFact]
    public async Task GapsMediansAndTargetsOnPostgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var services = SalesDataServices.Create(database.ConnectionString);
        await CheckAsync(services);
    }

    private static async Task CheckAsync(ServiceProvider services)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await WriteAsync(services);
        var org = await services.GetRequiredService<SalesOrganisation>().GetAsync();
        var options = Options.Create(new TrainingOptions());
        var analysis = new TrainingGapAnalysis(services.GetRequiredService<KpiEngine>(), services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(), options);
        var now = DateTimeOffset.UtcNow;
        var east = org.Users.Values.Where(u => u.TeamId == "east-1" && u.Role == SalesCoach.Data.Model.SalesRole.Rep).OrderBy(u => u.Id).ToList();

        var result = await analysis.AnalyseAsync(east, org, now.AddDays(-90), now, Zone);

        // Ranked by the worst gap: 赵强 (response time), 张伟 (conversion), 孙丽 (conversion), then 李娜 with none.
        Assert.Equal([ZhaoQiang, ZhangWei, SunLi, LiNa], result.Reps.Select(r => r.Rep.Id));
        Assert.Empty(result.Reps.Single(r => r.Rep.Id == LiNa).Gaps);

        var zhao = Assert.Single(result.Reps.Single(r => r.Rep.Id == ZhaoQiang).Gaps);
        Assert.Equal(KpiCatalogue.ResponseTime, zhao.Metric);
        Assert.Equal(10m, zhao.Value);
        Assert.Equal(2.25m, zhao.TeamMedian);
        Assert.Equal(4, zhao.Peers);
        Assert.Equal(Math.Round((10m - 2.25m) / 2.25m, 4), zhao.Severity);
        Assert.True(zhao.BelowMedian);
        // The fastest (2 h, 张伟 and 李娜 tie; the first id wins).
        Assert.Equal(ZhangWei, zhao.BestPerformerId);
        Assert.Equal(2m, zhao.BestValue);

        var zhang = result.Reps.Single(r => r.Rep.Id == ZhangWei).Gaps;
        Assert.Equal([KpiCatalogue.ConversionRate, KpiCatalogue.Revenue], zhang.Select(g => g.Metric));
        var conversion = zhang[0];
        Assert.Equal(10m, conversion.Value);
        Assert.Equal(25m, conversion.TeamMedian);
        Assert.Equal(10, conversion.SampleSize);
        Assert.Equal(0.6m, conversion.Severity);
        Assert.Equal(LiNa, conversion.BestPerformerId);
        Assert.Equal(40m, conversion.BestValue);
        Assert.Null(conversion.Target);
        // Revenue equals the median (no median gap) but falls short of the target over the complete months.
        var revenue = zhang[1];
        Assert.False(revenue.BelowMedian);
        Assert.True(revenue.BelowTarget);
        Assert.Equal(MonthlyTarget * CompleteMonths(now).Count, revenue.Target);
        Assert.Equal(Revenue, revenue.TargetActual);
        Assert.Equal(Math.Round(TargetSeverity(now), 4), revenue.Severity);

        // 孙丽: conversion 20% vs 25% is 20% short (over the 15% threshold); response 2.5 h vs 2.25 h is 11.1% (under it).
        var sun = Assert.Single(result.Reps.Single(r => r.Rep.Id == SunLi).Gaps);
        Assert.Equal(KpiCatalogue.ConversionRate, sun.Metric);
        Assert.Equal(0.2m, sun.Severity);

        // A stricter threshold keeps only the larger gaps.
        var strict = new TrainingGapAnalysis(services.GetRequiredService<KpiEngine>(), services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(),
            Options.Create(new TrainingOptions { GapThresholdPercent = 25 }));
        var strictResult = await strict.AnalyseAsync(east, org, now.AddDays(-90), now, Zone);
        Assert.Empty(strictResult.Reps.Single(r => r.Rep.Id == SunLi).Gaps);

        // A window that ends before the data: no closed deals to compare, so no conversion gap.
        var before = await analysis.AnalyseAsync(east, org, now.AddDays(-200), now.AddDays(-110), Zone);
        Assert.All(before.Reps, r => Assert.DoesNotContain(r.Gaps, g => g.Metric == KpiCatalogue.ConversionRate));

        // 王芳 is alone in 华南一组: no median, so no median gap whatever her figures.
        var wang = await analysis.AnalyseAsync([org.Users[WangFang]], org, now.AddDays(-90), now, Zone);
        Assert.Empty(wang.Reps.Single().Gaps);

        // Teams against teams (rates and means only): 华北一组 answers in 20 h against a median of teams of 4.125 h.
        var teamGap = Assert.Single(await analysis.TeamGapsAsync(["east-1", "north-1"], now.AddDays(-90), now));
        Assert.Equal(("north-1", KpiCatalogue.ResponseTime, 20m, 4.125m, 3), (teamGap.TeamId, teamGap.Metric, teamGap.Value, teamGap.CompanyMedian, teamGap.Teams));
        Assert.Equal(Math.Round((20m - 4.125m) / 4.125m, 4), teamGap.Severity);
        Assert.Equal(("south-1", 1m), (teamGap.BestTeamId, teamGap.BestValue));

        // The plan: one session per KPI, worst first; trainer by format; dates on working days a week apart.
        var team = new TrainingSubject(KpiScope.Team("east-1", "华东一组"), east, true);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
        var plan = new TrainingPlanner(options).Propose(team, result, org, EastManager, today, Zone, "zh-CN");
        Assert.Equal([KpiCatalogue.ResponseTime, KpiCatalogue.ConversionRate, KpiCatalogue.Revenue], plan.Items.Select(i => i.Metric));
        Assert.Equal([ZhaoQiang.ToString()], plan.Items[0].TraineeIds.Split(','));
        Assert.Equal(EastManager, plan.Items[0].TrainerId);           // one-to-one coaching: the manager
        Assert.Equal([ZhangWei, SunLi], plan.Items[1].TraineeIds.Split(','));
        Assert.Equal(LiNa, plan.Items[1].TrainerId);                  // role play: the best on conversion
        Assert.Equal("internal-training", plan.Items[1].PlaybookSection);
        Assert.All(plan.Items, i => Assert.DoesNotContain(i.ScheduledOn.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.InRange(plan.Items[0].ScheduledOn.DayNumber - today.DayNumber, 7, 9);
        Assert.True(plan.Items[1].ScheduledOn.DayNumber - plan.Items[0].ScheduledOn.DayNumber >= 7);

        // Stored, accepted in part, listed; a second decision is refused.
        var store = new TrainingPlanStore(services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(), TimeProvider.System);
        var saved = await store.ProposeAsync(plan);
        Assert.True(saved.Id > 0);
        Assert.Equal(TrainingDecisionOutcome.NoSuchItems, (await store.DecideAsync(saved.Id, true, EastManager, [4])).Outcome);
        var accepted = await store.DecideAsync(saved.Id, true, EastManager, [1, 3]);
        Assert.Equal(TrainingDecisionOutcome.Done, accepted.Outcome);
        Assert.Equal(TrainingDecisionOutcome.AlreadyDecided, (await store.DecideAsync(saved.Id, false, EastManager)).Outcome);
        var listed = Assert.Single(await store.AcceptedAsync());
        Assert.Equal(EastManager, listed.DecidedBy);
        Assert.Equal([1, 3], listed.Items.Where(i => i.Accepted).Select(i => i.Position).Order());
        Assert.Equal(TrainingDecisionOutcome.NotFound, (await store.DecideAsync(saved.Id + 100, true, EastManager)).Outcome);
    }
}
