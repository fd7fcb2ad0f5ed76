using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesCoach.Skills.Dashboard;

public static class DashboardLinksServiceCollectionExtensions
{
    /// <summary>The dashboard deep links the KPI, goal and risk cards offer (each skill adds them; registered once).</summary>
    public static IServiceCollection AddDashboardLinks(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName);
        services.TryAddSingleton<DashboardLinks>();
        return services;
    }
}
