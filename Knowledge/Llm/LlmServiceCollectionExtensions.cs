using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesCoach.Knowledge.Llm;

public static partial class LlmServiceCollectionExtensions
{
    internal const string HttpClientName = "SalesCoach.Llm";

    /// <summary>
    /// Registers <see cref="ILlmClient"/>: Semantic Kernel on the configured provider, or
    /// <see cref="DisabledLlmClient"/> when section "SalesCoach:Llm" names none.
    /// </summary>
    public static IServiceCollection AddSalesCoachLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>()
            .Bind(configuration.GetSection(LlmOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Our own timeout bounds each call, so the HttpClient's must not cut in first; the client lives as
        // long as the app, so pooled connections are recycled instead of handlers to pick up DNS changes.
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton(CreateClient);
        return services;
    }

    private static ILlmClient CreateClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var loggerFactory = services.GetRequiredService<ILoggerFactory>();
        var logger = loggerFactory.CreateLogger(typeof(LlmServiceCollectionExtensions));
        if (!options.IsEnabled)
        {
            LogDisabled(logger);
            return new DisabledLlmClient();
        }

        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var chat = ChatCompletionServiceFactory.Create(options, httpClient, loggerFactory);
        LogEnabled(logger, options.Provider, options.Model, options.Endpoint ?? "(default)");
        return new SemanticKernelLlmClient(chat, options, loggerFactory.CreateLogger<SemanticKernelLlmClient>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No LLM configured; recognition and answers run offline")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM enabled: {Provider} model {Model} at {Endpoint}")]
    private static partial void LogEnabled(ILogger logger, LlmProvider provider, string? model, string endpoint);
}
