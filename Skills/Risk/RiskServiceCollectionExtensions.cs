using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Risk;

public static class RiskServiceCollectionExtensions
{
    /// <summary>
    /// The risk checklist and what it stands on (the data services must be added too). <paramref name="clock"/> is
    /// the company clock: due dates are days in the company calendar.
    /// </summary>
    public static IServiceCollection AddRiskSkill(this IServiceCollection services, Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddOptions<RiskSignalOptions>().BindConfiguration(RiskSignalOptions.SectionName);
        services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.SectionName);
        services.AddSingleton<RiskSignalQueries>();
        services.AddSingleton<RiskAssessmentStore>();
        services.AddSingleton<RiskScopes>();
        services.AddSingleton<RiskHeatMap>();
        services.AddDashboardLinks();
        services.AddSingleton<RiskResultBuilder>();
        services.AddSingleton<RiskRegisterEditor>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RiskDialog>(sp, clock(sp)));
        return services.AddSkill<RiskSkill>();
    }
}
