using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.Hosting;

public static class CompanyServiceCollectionExtensions
{
    /// <summary>The company's calendar (SalesCoach:TimeZone): what "本月" means for the bot and for the admin commands alike.</summary>
    public static IServiceCollection AddCompanyClock(this IServiceCollection services)
    {
        services.AddOptions<CompanyOptions>().BindConfiguration(CompanyOptions.SectionName);
        // The instant is the process clock's (TimeProvider, registered by the data layer; tests may replace it).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new CompanyClock(sp.GetRequiredService<IOptions<CompanyOptions>>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
