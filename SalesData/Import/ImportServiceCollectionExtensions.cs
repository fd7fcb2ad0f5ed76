using Microsoft.Extensions.DependencyInjection;

namespace SalesCoach.Data.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CrmImporter"/>; needs the data services. Callers pass the company time zone per import.</summary>
    public static IServiceCollection AddCrmImport(this IServiceCollection services)
    {
        services.AddSingleton<CrmImporter>();
        return services;
    }
}
