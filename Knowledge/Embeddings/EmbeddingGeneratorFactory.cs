using Microsoft.Extensions.AI;
using SalesCoach.Knowledge.Llm;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>Builds the Microsoft.Extensions.AI embedding generator for the configured provider (the abstraction Semantic Kernel now uses too).</summary>
internal static class EmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingOptions options, HttpClient httpClient)
    {
        var model = options.Model!;
        var client = options.Provider == LlmProvider.AzureOpenAI
            ? OpenAIClients.Azure(options.Endpoint!, options.ApiKey!, httpClient).GetEmbeddingClient(model)
            : OpenAIClients.OpenAI(options.Endpoint, options.ApiKey, httpClient).GetEmbeddingClient(model);
        return client.AsIEmbeddingGenerator();
    }
}
