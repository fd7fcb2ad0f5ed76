using SalesCoach.Skills.Dashboard;

namespace SalesCoach.Bot.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The dashboard's readers over the skills' engines and stores (the skills must be added too).</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDashboardLinks();
        services.AddSingleton<DashboardRequestReader>();
        services.AddSingleton<DashboardKpis>();
        services.AddSingleton<DashboardGoals>();
        services.AddSingleton<DashboardRisks>();
        services.AddSingleton<DashboardCallbacks>();
        services.AddSingleton<DashboardTraining>();
        return builder;
    }
}
