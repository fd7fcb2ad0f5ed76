using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using SalesCoach.Bot.State;
using SalesCoach.Data;

namespace SalesCoach.Bench.Servers;

/// <summary>
/// Diagnostics only. BotHost registers its IStorage after our configure callback runs, so the override
/// happens here, when the host hands over the finished service collection: swap in MemoryStorage or other SQLite settings (<see cref="SqliteExperiment"/>), emulate
/// the state-tracking fix (<see cref="TypedStateStorage"/>), time the calls (<see cref="TimedStorage"/>).
/// The rest of the bot stays as shipped.
/// </summary>
public sealed class StorageOverrideFactory(BenchOptions options) : IServiceProviderFactory<IServiceCollection>
{
    // Development hosts validate scopes and the graph on build; keep that behaviour.
    private readonly DefaultServiceProviderFactory _inner = new(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        services.AddSingleton<StorageTimings>();
        services.AddSingleton(options);
        services.AddSingleton<SqliteExperiment>();
        services.AddSingleton<IStorage>(sp =>
        {
            IStorage storage = options.MemoryStorage
                ? new MemoryStorage()
                : new EfCoreStorage(options.SqliteExperiment
                    ? sp.GetRequiredService<SqliteExperiment>()
                    : sp.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>());
            if (options.EmulateStateFix) storage = new TypedStateStorage(storage);
            return options.TimeStorage ? new TimedStorage(storage, sp.GetRequiredService<StorageTimings>()) : storage;
        });
        return _inner.CreateBuilder(services);
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => _inner.CreateServiceProvider(containerBuilder);
}
