using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Language;
using SalesCoach.Skills.Nlu.Llm;

namespace SalesCoach.Skills.Nlu;

public static class IntentRecognitionServiceCollectionExtensions
{
    /// <summary>
    /// The recogniser, with the trained classifier's model cached in <paramref name="modelFolder"/> (retrained when the
    /// language files change). Needs IDirectory (names) and AddSalesCoachLlm.
    /// </summary>
    public static IServiceCollection AddIntentRecognition(this IServiceCollection services, string modelFolder)
    {
        services.AddSingleton(_ => IntentModelStore.LoadOrTrain(modelFolder, LanguageData.Current));
        return services.AddIntentRecognition(sp => new OfflineIntentRecognizer(sp.GetRequiredService<IDirectory>(), sp.GetRequiredService<IntentModel>()));
    }

    /// <summary>
    /// The one place the recogniser's layers are put together, innermost first. (Before any of them, CoachEngine reads
    /// the exact core commands and a bare yes or no itself: those never wait for an LLM.)
    /// </summary>
    public static IServiceCollection AddIntentRecognition(this IServiceCollection services, Func<IServiceProvider, IIntentRecognizer> offline)
    {
        services.AddSingleton<IIntentRecognizer>(sp =>
        {
            // 1. Offline, always: menu titles and exact commands, the trained classifier beside the precise pattern
            //    features (numbers, dates, names), and the entities.
            var recognizer = offline(sp);
            // 2. The LLM in front when SalesCoach:Llm is configured (a pass-through otherwise): its answer is validated
            //    against the same intents and entities, and anything missing, late or unsure falls back to 1.
            recognizer = new LlmIntentRecognizer(sp.GetRequiredService<ILlmClient>(), recognizer, sp.GetRequiredService<ILogger<LlmIntentRecognizer>>());
            return recognizer;
        });
        return services;
    }
}
