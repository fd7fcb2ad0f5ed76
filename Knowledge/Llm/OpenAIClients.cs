using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using OpenAI;

namespace SalesCoach.Knowledge.Llm;

/// <summary>The OpenAI SDK clients for an endpoint and key, on our HttpClient and without retries: for chat and for embeddings.</summary>
internal static class OpenAIClients
{
    /// <summary>OpenAI itself (no endpoint) or an OpenAI-compatible server at <paramref name="endpoint"/>.</summary>
    public static OpenAIClient OpenAI(string? endpoint, string? apiKey, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions { Transport = new HttpClientPipelineTransport(httpClient), RetryPolicy = NoRetries() };
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            clientOptions.Endpoint = new Uri(endpoint);
        }

        // Local servers (Ollama, vLLM) take no key, but the SDK insists on a credential; they ignore this one.
        var key = string.IsNullOrWhiteSpace(apiKey) ? "no-key" : apiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    /// <summary>An Azure OpenAI resource; endpoint and key are validated at start-up.</summary>
    public static AzureOpenAIClient Azure(string endpoint, string apiKey, HttpClient httpClient)
    {
        var clientOptions = new AzureOpenAIClientOptions { Transport = new HttpClientPipelineTransport(httpClient), RetryPolicy = NoRetries() };
        return new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(apiKey), clientOptions);
    }

    // The SDK's default retries with back-off would spend the whole time budget on a 429 or 500;
    // the offline path is a better answer than a late one.
    private static ClientRetryPolicy NoRetries() => new(maxRetries: 0);
}
