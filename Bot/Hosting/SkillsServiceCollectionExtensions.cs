using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Skills;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Llm;

namespace SalesCoach.Bot.Hosting;

public static class SkillsServiceCollectionExtensions
{
    /// <summary>
    /// Understanding and dialogs: the offline recogniser (always), the LLM recogniser on top of it when
    /// SalesCoach:Llm is configured, the form registry the skills register into, and the engine.
    /// </summary>
    public static WebApplicationBuilder AddSalesCoachSkills(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CompanyOptions>().BindConfiguration(CompanyOptions.SectionName);
        services.AddSingleton<CompanyClock>();
        services.AddSalesCoachLlm(builder.Configuration);
        services.AddSingleton<IDirectory, SalesDirectory>();
        services.AddSingleton<IIntentRecognizer>(sp => new OfflineIntentRecognizer(sp.GetRequiredService<IDirectory>()));
        services.AddLlmIntentRecognition();
        // Each skill registers its forms and handlers here as it lands (issues 4 to 7).
        services.AddSalesCoachKnowledge(builder.Configuration);
        services.AddSingleton<KnowledgeSkill>();
        services.AddSingleton<KnowledgeFeedbackRecorder>();
        services.AddSingleton(sp => new FormRegistry()
            .RegisterHandler(Intents.KbQuestion, sp.GetRequiredService<KnowledgeSkill>().AnswerAsync));
        services.AddSingleton(sp => new CoachEngine(
            sp.GetRequiredService<IIntentRecognizer>(), sp.GetRequiredService<FormRegistry>(), sp.GetRequiredService<CompanyClock>()));
        return builder;
    }
}
