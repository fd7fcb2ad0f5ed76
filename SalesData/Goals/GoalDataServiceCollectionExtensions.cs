using Microsoft.Extensions.DependencyInjection;

namespace SalesCoach.Data.Goals;

public static class GoalDataServiceCollectionExtensions
{
    /// <summary>Goal storage and the history the achievability check reads (the data services must be added too).</summary>
    public static IServiceCollection AddGoalData(this IServiceCollection services) =>
        services.AddSingleton<GoalStore>().AddSingleton<GoalHistory>();
}
