using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Risk;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.Risk.RiskCompany;

namespace SalesCoach.Tests.Risk;

/// <summary>The data signals and the assessment store on hand-built data (see <see cref="RiskCompany"/>), on SQLite and PostgreSQL.</summary>
public sealed class RiskSignalTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static async Task<T> WithServerAsync<T>(bool postgres, Func<IServiceProvider, Task<T>> run)
    {
        await using var pg = postgres ? await PostgresTestDatabase.CreateAsync() : null;
        var settings = new Dictionary<string, string?>();
        if (pg is not null) settings["ConnectionStrings:SalesCoach"] = pg.ConnectionString;
        await using var server = await BotServer.StartAsync(settings: settings);
        await WriteAsync(server.Services, Now);
        return await run(server.Services);
    }

    private static Task<IReadOnlyList<RiskSignal>> SignalsAsync(bool postgres, KpiScope scope) =>
        WithServerAsync(postgres, sp => sp.GetRequiredService<RiskSignalQueries>().ReadAsync(scope, Now));

    [Fact]
    public Task SqliteTeamSignalsMatchTheHandComputedAnswers() => TeamSignalsMatchTheHandComputedAnswers(false);

    [PostgresFact]
    public Task PostgresTeamSignalsMatchTheHandComputedAnswers() => TeamSignalsMatchTheHandComputedAnswers(true);

    private static async Task TeamSignalsMatchTheHandComputedAnswers(bool postgres)
    {
        var signals = (await SignalsAsync(postgres, KpiScope.Team(East, EastName))).ToDictionary(s => s.Kind);
        Assert.Equal(4, signals.Count);

        var concentration = signals[RiskSignalKind.CustomerConcentration];
        Assert.Equal("customer_concentration", concentration.RiskKey);
        Assert.Equal(0.351, concentration.Value, 6);
        Assert.Equal(0.75, concentration.Secondary!.Value, 6);
        Assert.Equal("大华集团", concentration.Subject);
        Assert.Equal(5, concentration.Total);
        Assert.Equal((4, 4), (concentration.Likelihood, concentration.Impact));

        var stalled = signals[RiskSignalKind.StalledDeals];
        Assert.Equal(("process", 1, 4, 3), (stalled.RiskKey, stalled.Count, stalled.Total, stalled.Likelihood));

        var overdue = signals[RiskSignalKind.OverdueCallbacks];
        Assert.Equal(("team_management", 2, 5, 4), (overdue.RiskKey, overdue.Count, overdue.Total, overdue.Likelihood));

        var conversion = signals[RiskSignalKind.FallingConversion];
        Assert.Equal("competitors", conversion.RiskKey);
        Assert.Equal(0.2, conversion.Value, 6);
        Assert.Equal(0.5, conversion.Previous!.Value, 6);
        Assert.Equal((1, 5, 5), (conversion.Count, conversion.Total, conversion.Likelihood));
    }

    [Fact]
    public async Task ARepScopeCountsOnlyTheirOwnRowsAndLeavesOutWhatCannotBeMeasured()
    {
        var signals = (await SignalsAsync(false, KpiScope.Rep(EastRep2, "李娜"))).ToDictionary(s => s.Kind);
        // 李娜 owns c3 and c4 (both quiet), one stalled and one new deal, orders 1990 and 1500, no closed deals.
        Assert.Equal((2, 2, 5), (signals[RiskSignalKind.OverdueCallbacks].Count, signals[RiskSignalKind.OverdueCallbacks].Total, signals[RiskSignalKind.OverdueCallbacks].Likelihood));
        Assert.Equal((1, 2), (signals[RiskSignalKind.StalledDeals].Count, signals[RiskSignalKind.StalledDeals].Total));
        Assert.Equal(1990.0 / 3490.0, signals[RiskSignalKind.CustomerConcentration].Value, 6);
        Assert.False(signals.ContainsKey(RiskSignalKind.FallingConversion));
    }

    [Fact]
    public async Task AScopeWithoutDataHasNoSignals() =>
        Assert.Empty(await SignalsAsync(false, KpiScope.Team("nobody", "无人组")));

    [Fact]
    public Task SqliteThePreviousAssessmentIsTheLastOneOfTheSameScope() => ThePreviousAssessmentIsTheLastOneOfTheSameScope(false);

    [PostgresFact]
    public Task PostgresThePreviousAssessmentIsTheLastOneOfTheSameScope() => ThePreviousAssessmentIsTheLastOneOfTheSameScope(true);

    private static async Task ThePreviousAssessmentIsTheLastOneOfTheSameScope(bool postgres)
    {
        var (first, second, other, previousOfSecond, previousOfFirst) = await WithServerAsync(postgres, async sp =>
        {
            var store = sp.GetRequiredService<RiskAssessmentStore>();
            var a = await store.SaveAsync(Assessment("team:east-1", 3, 4));
            var c = await store.SaveAsync(Assessment("team:south-1", 5, 5));
            var b = await store.SaveAsync(Assessment("team:east-1", 4, 4));
            return (a, b, c, await store.PreviousAsync("team:east-1", b.Id), await store.PreviousAsync("team:east-1", a.Id));
        });
        Assert.Null(previousOfFirst);
        Assert.NotNull(previousOfSecond);
        Assert.Equal(first.Id, previousOfSecond.Id);
        Assert.NotEqual(other.Id, previousOfSecond.Id);
        var rating = Assert.Single(previousOfSecond.Ratings);
        Assert.Equal((12, RiskLevel.Medium, RiskResponse.Mitigate), (rating.Score, rating.Level, rating.Response));
        Assert.True(second.Id > first.Id);
    }

    private static RiskAssessment Assessment(string scope, int likelihood, int impact)
    {
        var assessment = new RiskAssessment { ScopeKey = scope, ScopeName = scope, AssessedById = Admin, AssessedByName = "管理员甲", AssessedAt = Now, Locale = "zh-CN" };
        var rating = new RiskRating { RiskKey = "customer_concentration", OwnerName = "东经理", DueDate = DateOnly.FromDateTime(DateTime.UtcNow) };
        rating.Rate(RiskCatalogue.Find("customer_concentration")!, likelihood, impact);
        assessment.Ratings.Add(rating);
        return assessment;
    }
}
