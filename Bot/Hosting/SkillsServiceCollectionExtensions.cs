using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Skills;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Goals;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Knowledge;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Language;
using SalesCoach.Skills.Nlu.Llm;
using SalesCoach.Skills.Reminders;
using SalesCoach.Skills.Risk;
using SalesCoach.Skills.Routing;
using SalesCoach.Skills.Training;

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
        // The recogniser's period, time and name readers call the static Regex methods with dozens of distinct
        // patterns per message; .NET caches 15 parsed patterns, so each KPI question re-parsed most of them (about
        // a sixth of a KPI turn's CPU in the profile). A larger process-wide cache holds them all.
        System.Text.RegularExpressions.Regex.CacheSize = Math.Max(System.Text.RegularExpressions.Regex.CacheSize, 256);
        services.AddCompanyClock();
        services.AddSalesCoachLlm(builder.Configuration);
        services.AddSingleton<IDirectory, SalesDirectory>();
        // The recogniser, composed here: exact commands and the trained classifier (its model cached under the
        // data directory, retrained when the language files change), with the LLM in front when configured.
        var modelFolder = Path.Combine(builder.Configuration["SalesCoach:DataDirectory"] is { Length: > 0 } d ? d : "./data", "nlu");
        services.AddSingleton(_ => IntentModelStore.LoadOrTrain(modelFolder, LanguageData.Current));
        services.AddSingleton<IIntentRecognizer>(sp => new OfflineIntentRecognizer(sp.GetRequiredService<IDirectory>(), sp.GetRequiredService<IntentModel>()));
        services.AddLlmIntentRecognition();
        services.AddKpiSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddRiskSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddTrainingSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddRemindersSkill(sp => sp.GetRequiredService<CompanyClock>());
        services.AddGoalSkill(sp => sp.GetRequiredService<CompanyClock>());
        // Each skill registers its forms and handlers here as it lands (issues 4 to 7).
        services.AddSalesCoachKnowledge(builder.Configuration);
        services.AddSingleton<KnowledgeSkill>();
        services.AddSingleton<KnowledgeFeedbackRecorder>();
        services.AddSingleton(sp =>
        {
            var registry = new FormRegistry();
            var kpi = sp.GetRequiredService<KpiSkill>();
            registry.Register(kpi.Form);
            registry.RegisterDialog(sp.GetRequiredService<RiskDialog>());
            registry.Register(sp.GetRequiredService<TrainingSkill>().Form);
            registry.RegisterReminders(sp);
            registry.RegisterGoals(sp.GetRequiredService<GoalSkill>());
            // In demo mode, help says whose figures these are and how to see another role's (the KPI answers say it once).
            if (sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SalesCoach.Data.DataOptions>>().Value.DemoData) registry.AddHelpNote("help.demo");
            var knowledge = sp.GetRequiredService<KnowledgeSkill>();
            // "什么是客户响应时间?" is defined by the KPI catalogue; every other knowledge question goes to the knowledge base.
            registry.RegisterHandler(Intents.KbQuestion, async (request, cancellationToken) =>
                kpi.Definition(request) is { } definition ? [definition] : await knowledge.AnswerAsync(request, cancellationToken));
            return registry;
        });
        services.AddSingleton(sp => new CoachEngine(
            sp.GetRequiredService<IIntentRecognizer>(), sp.GetRequiredService<FormRegistry>(), sp.GetRequiredService<CompanyClock>(),
            sp.GetServices<ITurnCommand>(), sp.GetServices<ICardSubmitHandler>(), sp.GetRequiredService<IDirectory>()));
        return builder;
    }
}
