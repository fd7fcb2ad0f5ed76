using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>
    /// Training suggestions: the gap analysis and plan store (data), the skill, its reply builder and the
    /// accept / decline / list command. Needs the data services and the KPI skill (for period labels).
    /// </summary>
    public static IServiceCollection AddTrainingSkill(this IServiceCollection services, Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TrainingGapAnalysis>();
        services.AddSingleton(sp => new TrainingPlanStore(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SalesCoach.Data.SalesCoachDbContext>>(), clock(sp)));
        services.AddSingleton<TrainingEntityReader>();
        services.AddSingleton<TrainingPlanner>();
        services.AddSingleton(sp => new TrainingEvidence(sp.GetRequiredService<KpiEngine>().Currency));
        services.AddSingleton<TrainingReplyBuilder>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<TrainingSkill>(sp, clock(sp)));
        services.AddSingleton<TrainingPlanCommand>();
        return services.AddSkill<TrainingSkill>();
    }
}
