namespace SalesCoach.Bot.Hosting;

public static class CompanyServiceCollectionExtensions
{
    /// <summary>The company's calendar (SalesCoach:TimeZone): what "本月" means for the bot and for the admin commands alike.</summary>
    public static IServiceCollection AddCompanyClock(this IServiceCollection services)
    {
        services.AddOptions<CompanyOptions>().BindConfiguration(CompanyOptions.SectionName);
        services.AddSingleton<CompanyClock>();
        return services;
    }
}
