using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Identity;

/// <summary>One bot on a freshly seeded demo company (Development: demo sign-in on) for the sign-in tests.</summary>
public sealed class SeededWebServer : IAsyncLifetime
{
    public BotServer Server { get; private set; } = null!;

    /// <summary>The admin, manager and rep the sign-in page should offer, read from the seeded data.</summary>
    public DemoPersonas Personas { get; private set; } = null!;

    public OrgSnapshot Org { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" });
        await Server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
        var organisation = Server.Services.GetRequiredService<SalesOrganisation>();
        await organisation.RefreshAsync();
        Org = await organisation.GetAsync();
        Personas = DemoPersonas.From(Org);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
