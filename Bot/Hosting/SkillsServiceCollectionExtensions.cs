using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Skills;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Goals;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Reminders;
using SalesCoach.Skills.Risk;
using SalesCoach.Skills.Routing;
using SalesCoach.Skills.Training;

namespace SalesCoach.Bot.Hosting;

public static class SkillsServiceCollectionExtensions
{
    /// <summary>
    /// Understanding and dialogs: the recogniser (AddIntentRecognition composes its layers), the skills
    /// (each registered with AddSkill), and the engine that routes every turn to them.
    /// </summary>
    public static WebApplicationBuilder AddSalesCoachSkills(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The recogniser's period, time and name readers call the static Regex methods with dozens of distinct
        // patterns per message; .NET caches 15 parsed patterns, so each KPI question re-parsed most of them (about
        // a sixth of a KPI turn's CPU in the profile). A larger process-wide cache holds them all.
        System.Text.RegularExpressions.Regex.CacheSize = Math.Max(System.Text.RegularExpressions.Regex.CacheSize, 256);
        services.AddCompanyClock();
        services.AddSalesCoachLlm(builder.Configuration);
        services.AddSingleton<IDirectory, SalesDirectory>();
        var modelFolder = Path.Combine(builder.Configuration["SalesCoach:DataDirectory"] is { Length: > 0 } d ? d : "./data", "nlu");
        services.AddIntentRecognition(modelFolder);
        // The skills, in the order they hear commands before understanding (the persona command first). Each
        // Add*Skill registers its services and the skill itself (services.AddSkill<T>()).
        services.AddCoreSkill();
        services.AddKpiSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddRiskSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddTrainingSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddRemindersSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddGoalSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddSalesCoachKnowledge(builder.Configuration);
        services.AddKnowledgeSkill();
        services.AddSingleton(sp => new CoachEngine(
            sp.GetRequiredService<IIntentRecognizer>(), sp.GetRequiredService<SkillCatalogue>(), sp.GetRequiredService<CompanyClock>(), sp.GetRequiredService<IDirectory>()));
        return builder;
    }
}
