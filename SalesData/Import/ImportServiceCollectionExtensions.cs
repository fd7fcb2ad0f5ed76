using Microsoft.Extensions.DependencyInjection;

namespace SalesCoach.Data.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CrmImporter"/> and its options (SalesCoach:TimeZone); needs the data services.</summary>
    public static IServiceCollection AddCrmImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName);
        services.AddSingleton<CrmImporter>();
        return services;
    }
}
