using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Tests.Kpi;

/// <summary>
/// Acceptance: "rep, manager, admin × own, team, other team". The viewers are the test company's r1 (a rep
/// of team east-1), m1 (east-1's manager) and the admin; r2 is r1's teammate, r4 and m2 are in south-1.
/// </summary>
public sealed class SalesAccessTests
{
    private static readonly KpiDataset Company = KpiTestCompany.Build();

    private static SalesViewer Viewer(string role) => SalesViewer.From(Company.Users.Single(u => u.Id == role switch
    {
        "rep" => "r1",
        "manager" => "m1",
        _ => "admin",
    }));

    /// <summary>The scope asked about and, for a rep scope, that rep's team (as the skill passes it).</summary>
    private static (KpiScope Scope, string? RepTeamId) Target(string target, SalesViewer viewer) => target switch
    {
        "own" => (KpiScope.Rep(viewer.UserId, viewer.Name), viewer.TeamId),
        "ownTeam" => (KpiScope.Team("east-1", "华东一组"), null),
        "otherTeam" => (KpiScope.Team("south-1", "华南一组"), null),
        "repOfOwnTeam" => (KpiScope.Rep("r2", "刘洋"), "east-1"),
        "repOfOtherTeam" => (KpiScope.Rep("r4", "赵磊"), "south-1"),
        "managerOfOtherTeam" => (KpiScope.Rep("m2", "李经理"), "south-1"),
        "ownRegion" => (KpiScope.Region("east", "华东"), null),
        "otherRegion" => (KpiScope.Region("south", "华南"), null),
        "company" => (KpiScope.Company, null),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public static TheoryData<string, string, bool, string?> SeeMatrix => new()
    {
        { "rep", "own", true, null },
        { "rep", "ownTeam", false, AccessReasons.RepOwnOnly },
        { "rep", "otherTeam", false, AccessReasons.RepOwnOnly },
        { "rep", "repOfOwnTeam", false, AccessReasons.RepOwnOnly },
        { "rep", "repOfOtherTeam", false, AccessReasons.RepOwnOnly },
        { "rep", "managerOfOtherTeam", false, AccessReasons.RepOwnOnly },
        { "rep", "ownRegion", false, AccessReasons.RepOwnOnly },
        { "rep", "otherRegion", false, AccessReasons.RepOwnOnly },
        { "rep", "company", false, AccessReasons.RepOwnOnly },

        { "manager", "own", true, null },
        { "manager", "ownTeam", true, null },
        { "manager", "otherTeam", false, AccessReasons.ManagerTeamOnly },
        { "manager", "repOfOwnTeam", true, null },
        { "manager", "repOfOtherTeam", false, AccessReasons.ManagerTeamOnly },
        { "manager", "managerOfOtherTeam", false, AccessReasons.ManagerTeamOnly },
        { "manager", "ownRegion", false, AccessReasons.ManagerTeamOnly },
        { "manager", "otherRegion", false, AccessReasons.ManagerTeamOnly },
        { "manager", "company", false, AccessReasons.ManagerTeamOnly },

        { "admin", "own", true, null },
        { "admin", "ownTeam", true, null },
        { "admin", "otherTeam", true, null },
        { "admin", "repOfOwnTeam", true, null },
        { "admin", "repOfOtherTeam", true, null },
        { "admin", "managerOfOtherTeam", true, null },
        { "admin", "ownRegion", true, null },
        { "admin", "otherRegion", true, null },
        { "admin", "company", true, null },
    };

    [Theory]
    [MemberData(nameof(SeeMatrix))]
    public void WhoMaySeeWhichFigures(string role, string target, bool allowed, string? reason)
    {
        var viewer = Viewer(role);
        var (scope, repTeamId) = Target(target, viewer);
        Assert.Equal(new AccessDecision(allowed, reason), SalesAccess.CanSee(viewer, scope, repTeamId));
    }

    public static TheoryData<string, KpiScopeKind, string, bool, string?> RankMatrix()
    {
        var data = new TheoryData<string, KpiScopeKind, string, bool, string?>();
        var rankings = new (KpiScopeKind Level, string Within)[]
        {
            (KpiScopeKind.Rep, "ownTeam"), (KpiScopeKind.Rep, "otherTeam"), (KpiScopeKind.Rep, "ownRegion"),
            (KpiScopeKind.Team, "ownRegion"), (KpiScopeKind.Rep, "company"), (KpiScopeKind.Team, "company"), (KpiScopeKind.Region, "company"),
        };
        foreach (var (level, within) in rankings)
        {
            data.Add("rep", level, within, false, AccessReasons.RepNoRanking);
            // A manager ranks the reps of their own team and nothing wider.
            var mine = level == KpiScopeKind.Rep && within == "ownTeam";
            data.Add("manager", level, within, mine, mine ? null : AccessReasons.ManagerTeamOnly);
            data.Add("admin", level, within, true, null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RankMatrix))]
    public void WhoMayRank(string role, KpiScopeKind level, string within, bool allowed, string? reason)
    {
        var viewer = Viewer(role);
        Assert.Equal(new AccessDecision(allowed, reason), SalesAccess.CanRank(viewer, level, Target(within, viewer).Scope));
    }

    [Fact]
    public void AQuestionWithoutAScopeLooksAtTheWidestScopeTheViewerMaySee()
    {
        Assert.Equal(KpiScope.Company, SalesAccess.DefaultScope(Viewer("admin"), null));
        Assert.Equal(KpiScope.Team("east-1", "华东一组"), SalesAccess.DefaultScope(Viewer("manager"), "华东一组"));
        Assert.Equal(KpiScope.Rep("r1", "张伟"), SalesAccess.DefaultScope(Viewer("rep"), "华东一组"));
        // Every default scope is one the viewer may see.
        foreach (var role in new[] { "rep", "manager", "admin" })
            Assert.True(SalesAccess.CanSee(Viewer(role), SalesAccess.DefaultScope(Viewer(role), null)).Allowed);
    }

    [Fact]
    public void AManagerWithoutATeamSeesOnlyTheirOwnFigures()
    {
        var teamless = new SalesViewer("m9", "孙经理", SalesRole.Manager, null, null);
        Assert.Equal(KpiScope.Rep("m9", "孙经理"), SalesAccess.DefaultScope(teamless, null));
        Assert.True(SalesAccess.CanSee(teamless, KpiScope.Rep("m9", "孙经理")).Allowed);
        // A rep with no team is not "in the manager's (missing) team".
        Assert.Equal(AccessDecision.Deny(AccessReasons.ManagerTeamOnly), SalesAccess.CanSee(teamless, KpiScope.Rep("r8", "x"), repTeamId: null));
        // Nor is a team scope without an id "their team" (null is not equal to null here).
        var noTeam = new KpiScope(KpiScopeKind.Team, null, null);
        Assert.Equal(AccessDecision.Deny(AccessReasons.ManagerTeamOnly), SalesAccess.CanSee(teamless, noTeam));
        Assert.Equal(AccessDecision.Deny(AccessReasons.ManagerTeamOnly), SalesAccess.CanRank(teamless, KpiScopeKind.Rep, noTeam));
    }
}
