using SalesCoach.Bot.Commands;
using SalesCoach.Bot.Scenarios;

namespace SalesCoach.Tests.Scenarios;

/// <summary>One bot with the demo company seeded for the scenarios' "now", shared by the scenario tests (seeding takes seconds).</summary>
public sealed class ScenarioHostFixture : IAsyncLifetime
{
    public ScenarioHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ScenarioHost.StartAsync(ScenariosCommand.DefaultNow);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<ScenarioHostFixture>
{
    public const string Name = "scenario host";
}
