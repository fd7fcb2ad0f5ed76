using Microsoft.Bot.Builder;

namespace SalesCoach.Bench.Servers;

/// <summary>
/// Diagnostics only. BotHost registers its IStorage after our configure callback runs, so the override
/// happens here, when the host hands over the finished service collection: swap in MemoryStorage, or
/// time the calls of the shipped storage (<see cref="TimedStorage"/>). The rest of the bot stays as shipped.
/// </summary>
public sealed class StorageOverrideFactory(BenchOptions options) : IServiceProviderFactory<IServiceCollection>
{
    // Development hosts validate scopes and the graph on build; keep that behaviour.
    private readonly DefaultServiceProviderFactory _inner = new(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        services.AddSingleton<StorageTimings>();
        services.AddSingleton(options);
        var shipped = services.Last(d => d.ServiceType == typeof(IStorage));
        services.Remove(shipped);
        services.AddSingleton<IStorage>(sp =>
        {
            var storage = options.MemoryStorage ? new MemoryStorage() : Build(shipped, sp);
            return options.TimeStorage ? new TimedStorage(storage, sp.GetRequiredService<StorageTimings>()) : storage;
        });
        return _inner.CreateBuilder(services);
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => _inner.CreateServiceProvider(containerBuilder);

    private static IStorage Build(ServiceDescriptor shipped, IServiceProvider services) =>
        (IStorage)(shipped.ImplementationInstance
            ?? shipped.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, shipped.ImplementationType!));
}
