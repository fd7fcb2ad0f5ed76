using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Knowledge questions and their feedback buttons (the knowledge base must be added too; after the KPI skill, whose definitions it uses).</summary>
    public static IServiceCollection AddKnowledgeSkill(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeFeedbackRecorder>();
        return services.AddSkill<KnowledgeSkill>();
    }
}
