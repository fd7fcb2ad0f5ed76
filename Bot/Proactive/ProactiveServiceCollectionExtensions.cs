using SalesCoach.Bot.Scheduling;
using SalesCoach.Data.Proactive;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Bot.Proactive;

public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Proactive delivery: conversation references, the sender with its retries and rate limits, and the
    /// scheduler (SalesCoach:Proactive:SchedulerEnabled=false keeps this instance from firing occurrences).
    /// The skills add their IProactiveComposer implementations themselves.
    /// </summary>
    public static WebApplicationBuilder AddProactiveDelivery(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProactiveRateLimitOptions>().BindConfiguration(ProactiveRateLimitOptions.SectionName);
        services.AddOptions<ProactiveRetryOptions>().BindConfiguration(ProactiveRetryOptions.SectionName);
        services.AddSingleton<ProactiveStore>();
        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<ProactiveRateLimiter>();
        services.AddSingleton<ProactiveSender>();
        if (builder.Configuration.GetValue<bool>($"{ProactiveDeliveryOptions.SectionName}:{nameof(ProactiveDeliveryOptions.EnableTestComposer)}"))
            services.AddSingleton<IProactiveComposer, DiagnosticComposer>();
        services.AddProactiveScheduling(builder.Configuration, runScheduler: true);
        return builder;
    }
}
