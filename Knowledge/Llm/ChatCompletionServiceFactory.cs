using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

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
                model, CreateAzureClient(options, httpClient), modelId: null, loggerFactory),
            LlmProvider.OpenAI => new OpenAIChatCompletionService(model, CreateOpenAIClient(options, httpClient), loggerFactory),
            _ => throw new InvalidOperationException($"No chat service for provider {options.Provider}."),
        };
    }

    private static OpenAIClient CreateOpenAIClient(LlmOptions options, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions { Transport = new HttpClientPipelineTransport(httpClient), RetryPolicy = NoRetries() };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            clientOptions.Endpoint = new Uri(options.Endpoint);
        }

        // Local servers (Ollama, vLLM) take no key, but the SDK insists on a credential; they ignore this one.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    private static AzureOpenAIClient CreateAzureClient(LlmOptions options, HttpClient httpClient)
    {
        var clientOptions = new AzureOpenAIClientOptions { Transport = new HttpClientPipelineTransport(httpClient), RetryPolicy = NoRetries() };
        return new AzureOpenAIClient(new Uri(options.Endpoint!), new ApiKeyCredential(options.ApiKey!), clientOptions);
    }

    // The SDK's default retries with back-off would spend the whole time budget on a 429 or 500;
    // the offline path is a better answer than a late one.
    private static ClientRetryPolicy NoRetries() => new(maxRetries: 0);
}
