using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Skills.Dashboard;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Kpi;

public static class KpiServiceCollectionExtensions
{
    /// <summary>
    /// The KPI skill and what it stands on (the data services must be added too). <paramref name="clock"/> is
    /// the company clock: "本月" is a calendar month in the company time zone.
    /// </summary>
    public static IServiceCollection AddKpiSkill(this IServiceCollection services, Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.SectionName);
        services.AddSingleton<KpiChart>();
        services.AddSingleton<KpiEntityReader>();
        services.AddSingleton(sp => new KpiQueryService(sp.GetRequiredService<KpiEngine>(), sp.GetRequiredService<SalesOrganisation>(), clock(sp)));
        services.AddDashboardLinks();
        services.AddSingleton(sp => new KpiReplyBuilder(sp.GetRequiredService<KpiChart>(), sp.GetRequiredService<KpiEngine>().Currency, sp.GetRequiredService<DashboardLinks>()));
        return services.AddSkill<KpiSkill>();
    }
}
