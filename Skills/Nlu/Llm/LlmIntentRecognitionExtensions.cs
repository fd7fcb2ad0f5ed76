using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesCoach.Knowledge.Llm;

namespace SalesCoach.Skills.Nlu.Llm;

public static class LlmIntentRecognitionExtensions
{
    /// <summary>
    /// Wraps the IIntentRecognizer registered so far (the offline one) in <see cref="LlmIntentRecognizer"/>.
    /// A decorator rather than a second registration, so consumers keep asking for one IIntentRecognizer and
    /// the offline recogniser needs no knowledge of the LLM. Call after registering the offline recogniser
    /// and AddSalesCoachLlm.
    /// </summary>
    public static IServiceCollection AddLlmIntentRecognition(this IServiceCollection services)
    {
        var offline = services.LastOrDefault(d => d.ServiceType == typeof(IIntentRecognizer))
            ?? throw new InvalidOperationException("Register the offline IIntentRecognizer before AddLlmIntentRecognition.");
        services.Remove(offline);
        services.Add(new ServiceDescriptor(
            typeof(IIntentRecognizer),
            provider => new LlmIntentRecognizer(
                provider.GetRequiredService<ILlmClient>(), CreateOffline(provider, offline),
                provider.GetRequiredService<ILogger<LlmIntentRecognizer>>()),
            offline.Lifetime));
        return services;
    }

    private static IIntentRecognizer CreateOffline(IServiceProvider provider, ServiceDescriptor offline) =>
        (IIntentRecognizer)(offline.ImplementationInstance
            ?? offline.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, offline.ImplementationType!));
}
