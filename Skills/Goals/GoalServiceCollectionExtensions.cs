using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Reminders.Digest;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Goals;

public static class GoalServiceCollectionExtensions
{
    /// <summary>
    /// The goals skill (after the KPI skill, whose scope reading it shares). <paramref name="clock"/> is the company
    /// clock: deadlines and "本季度" are in the company calendar.
    /// </summary>
    public static IServiceCollection AddGoalSkill(this IServiceCollection services, Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddGoalData();
        services.AddDashboardLinks();
        services.AddSingleton(sp => new GoalText(sp.GetRequiredService<KpiEngine>().Currency, clock(sp).LocalTimeZone));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GoalDrafting>(sp, clock(sp)));
        services.AddSingleton<GoalProgressService>();
        // The digest's goal lines come from here, whichever of the two skills was registered first.
        services.RemoveAll<IGoalPaceSource>();
        services.AddSingleton<IGoalPaceSource, GoalDigestPaceSource>();
        services.AddSingleton<GoalEntityReader>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GoalSkill>(sp, clock(sp)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GoalConfirmationCommand>(sp, clock(sp)));
        return services.AddSkill<GoalSkill>();
    }
}
