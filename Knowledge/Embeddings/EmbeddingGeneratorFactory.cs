using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;
using SalesCoach.Knowledge.Llm;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>Builds the Microsoft.Extensions.AI embedding generator for the configured provider (the abstraction Semantic Kernel now uses too).</summary>
internal static class EmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingOptions options, HttpClient httpClient)
    {
        var model = options.Model!;
        var transport = new HttpClientPipelineTransport(httpClient);
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            var azure = new AzureOpenAIClient(new Uri(options.Endpoint!), new ApiKeyCredential(options.ApiKey!),
                new AzureOpenAIClientOptions { Transport = transport, RetryPolicy = new ClientRetryPolicy(0) });
            return azure.GetEmbeddingClient(model).AsIEmbeddingGenerator();
        }
        var clientOptions = new OpenAIClientOptions { Transport = transport, RetryPolicy = new ClientRetryPolicy(0) };
        if (!string.IsNullOrWhiteSpace(options.Endpoint)) clientOptions.Endpoint = new Uri(options.Endpoint);
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetEmbeddingClient(model).AsIEmbeddingGenerator();
    }
}
