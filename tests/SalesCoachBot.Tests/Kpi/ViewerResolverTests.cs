using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Data.Access;
using SalesCoach.Data.Model;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Kpi;

/// <summary>Channel identity → sales user, over the test company in SQLite (the admin is "admin", r1's AAD id "aad-r1", m1's "AAD-M1").</summary>
public sealed class ViewerResolverTests(KpiDatabases databases) : IClassFixture<KpiDatabases>
{
    private async Task<ViewerResolver> ResolverAsync(bool demo)
    {
        var db = await databases.GetAsync(postgres: false);
        var organisation = new SalesOrganisation(db.Contexts, TimeProvider.System);
        return new ViewerResolver(organisation, Options.Create(new DataOptions { DemoData = demo }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheAadObjectIdMapsToItsUser(bool demo)
    {
        var resolver = await ResolverAsync(demo);
        var viewer = await resolver.ResolveAsync("29:teams-channel-id", "aad-r1", null);
        Assert.Equal(new SalesViewer("r1", "张伟", SalesRole.Rep, "east-1", "east"), viewer);
        // Teams may send the id in another case.
        Assert.Equal("m1", (await resolver.ResolveAsync("29:other", "aad-m1", null))?.UserId);
        // The AAD id wins over a user id that names somebody else.
        Assert.Equal("r1", (await resolver.ResolveAsync("r4", "aad-r1", null))?.UserId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheUserIdMapsWhenThereIsNoKnownAadId(bool demo)
    {
        var resolver = await ResolverAsync(demo);
        Assert.Equal(new SalesViewer("m2", "李经理", SalesRole.Manager, "south-1", "south"), await resolver.ResolveAsync("m2", null, null));
        Assert.Equal("r3", (await resolver.ResolveAsync("r3", "aad-nobody-has", null))?.UserId);
        Assert.Equal("r3", (await resolver.ResolveAsync("r3", "", null))?.UserId);
    }

    [Fact]
    public async Task InDemoModeAnUnknownUserIsTheDemoAdministrator()
    {
        var viewer = await (await ResolverAsync(demo: true)).ResolveAsync("stranger", "aad-stranger", null);
        Assert.Equal(new SalesViewer("admin", "管理员", SalesRole.Admin, null, null, IsDemoStandIn: true), viewer);
    }

    [Fact]
    public async Task OutsideDemoModeAnUnknownUserIsNobody()
    {
        Assert.Null(await (await ResolverAsync(demo: false)).ResolveAsync("stranger", "aad-stranger", null));
        Assert.Null(await (await ResolverAsync(demo: false)).ResolveAsync("stranger", null, "r4"));
    }

    [Fact]
    public async Task APersonaIsHonouredInDemoModeOnly()
    {
        var demo = await ResolverAsync(demo: true);
        Assert.Equal(new SalesViewer("r4", "赵磊", SalesRole.Rep, "south-1", "south"), await demo.ResolveAsync("r1", "aad-r1", "r4"));
        Assert.Equal(new SalesViewer("m1", "王经理", SalesRole.Manager, "east-1", "east"), await demo.ResolveAsync("stranger", null, "m1"));
        // A persona nobody has falls back to the identity.
        Assert.Equal("r1", (await demo.ResolveAsync("r1", "aad-r1", "nobody"))?.UserId);

        var real = await ResolverAsync(demo: false);
        Assert.Equal("r1", (await real.ResolveAsync("r1", "aad-r1", "admin"))?.UserId);
        Assert.Equal(SalesRole.Rep, (await real.ResolveAsync("r1", "aad-r1", "admin"))?.Role);
    }

    [Fact]
    public async Task InDemoModeWithoutAnAdministratorAnUnknownUserIsNobody()
    {
        var empty = new KpiDataset();
        await using var db = await KpiDatabase.CreateAsync(postgres: false, empty);
        var resolver = new ViewerResolver(new SalesOrganisation(db.Contexts, TimeProvider.System), Options.Create(new DataOptions { DemoData = true }));
        Assert.Null(await resolver.ResolveAsync("stranger", null, null));
    }

    [Fact]
    public async Task TheOrganisationIsReadAgainOnceItIsOlderThanItsMaximumAge()
    {
        await using var db = await KpiDatabase.CreateAsync(postgres: false);
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));
        var organisation = new SalesOrganisation(db.Contexts, clock);
        Assert.Equal(7, (await organisation.GetAsync()).Users.Count);

        // Another process imports a user: not seen until the snapshot is MaxAge old.
        await using (var context = await db.Contexts.CreateDbContextAsync())
        {
            context.Users.Add(new SalesUser { Id = "r5", Name = "周杰", Role = SalesRole.Rep, TeamId = "south-1", RegionId = "south" });
            await context.SaveChangesAsync();
        }
        clock.Advance(SalesOrganisation.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Equal(7, (await organisation.GetAsync()).Users.Count);
        clock.Advance(TimeSpan.FromSeconds(1));
        var snapshot = await organisation.GetAsync();
        Assert.Equal(8, snapshot.Users.Count);
        Assert.Equal("华南一组", snapshot.TeamName(snapshot.Users["r5"].TeamId));

        // RefreshAsync reads at once.
        await using (var context = await db.Contexts.CreateDbContextAsync())
        {
            context.Users.Add(new SalesUser { Id = "r6", Name = "吴敏", Role = SalesRole.Rep });
            await context.SaveChangesAsync();
        }
        await organisation.RefreshAsync();
        Assert.Equal(9, (await organisation.GetAsync()).Users.Count);
    }
}
