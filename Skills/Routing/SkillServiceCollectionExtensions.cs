using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Skills.Routing;

public static class SkillServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="T"/> as a skill: the engine hears it in registration order (its commands before
    /// understanding, in that order). <typeparamref name="T"/> itself is created by the container unless a factory was
    /// registered for it before (a skill that needs the company clock). Adding the same skill twice adds it once.
    /// </summary>
    public static IServiceCollection AddSkill<T>(this IServiceCollection services) where T : class, ISkill
    {
        services.TryAddSingleton<T>();
        if (services.Any(d => d.ServiceType == typeof(SkillMarker<T>))) return services;
        services.AddSingleton<SkillMarker<T>>();
        services.AddSingleton<ISkill>(sp => sp.GetRequiredService<T>());
        services.TryAddSingleton(sp => new SkillCatalogue(sp.GetServices<ISkill>()));
        // Two skills claiming one intent or one id stop the host at start, not on the first message that meets them.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SkillCatalogueCheck>());
        return services;
    }

    /// <summary>The core commands (act as, who am I; help, cancel and language are the engine's): register it first, it hears commands first.</summary>
    public static IServiceCollection AddCoreSkill(this IServiceCollection services)
    {
        services.TryAddSingleton<Kpi.DemoPersonaCommand>();
        return services.AddSkill<CoreSkill>();
    }

    /// <summary>Remembers that <typeparamref name="T"/> is registered as a skill.</summary>
    private sealed class SkillMarker<T>;

    /// <summary>Building the catalogue is the check: the host creates this service, and so the catalogue, as it starts.</summary>
    private sealed class SkillCatalogueCheck(SkillCatalogue catalogue) : IHostedService
    {
        public SkillCatalogue Catalogue { get; } = catalogue;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
