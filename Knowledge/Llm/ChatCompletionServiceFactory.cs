using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace SalesCoach.Knowledge.Llm;

/// <summary>Builds the Semantic Kernel chat service for the configured provider.</summary>
internal static class ChatCompletionServiceFactory
{
    public static IChatCompletionService Create(LlmOptions options, HttpClient httpClient, ILoggerFactory loggerFactory)
    {
        var model = options.Model ?? throw new InvalidOperationException("LlmOptions.Model is validated at start-up.");
        return options.Provider switch
        {
            LlmProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(
                model, OpenAIClients.Azure(options.Endpoint!, options.ApiKey!, httpClient), modelId: null, loggerFactory),
            LlmProvider.OpenAI => new OpenAIChatCompletionService(model, OpenAIClients.OpenAI(options.Endpoint, options.ApiKey, httpClient), loggerFactory),
            _ => throw new InvalidOperationException($"No chat service for provider {options.Provider}."),
        };
    }
}
