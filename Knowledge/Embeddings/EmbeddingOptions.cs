using System.ComponentModel.DataAnnotations;
using SalesCoach.Knowledge.Llm;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>
/// The optional embedding model (section "SalesCoach:Embeddings"): with one, passages are also ranked by vector
/// similarity and fused with BM25 by reciprocal rank. OpenAI, Azure OpenAI, or any OpenAI-compatible server (Ollama).
/// </summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    public const string SectionName = "SalesCoach:Embeddings";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>As for the LLM: base URL with /v1 for OpenAI-compatible servers, the resource URL for Azure.</summary>
    public string? Endpoint { get; set; }

    /// <summary>A secret: environment variables or user secrets only.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model name (text-embedding-3-small, bge-m3 ...) or the Azure deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>Past this the question is answered from BM25 alone.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 3;

    public bool IsEnabled => Provider != LlmProvider.None;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled) yield break;
        if (string.IsNullOrWhiteSpace(Model))
            yield return new ValidationResult($"{SectionName}:Model is required when Provider is {Provider}.", [nameof(Model)]);
        if (Provider == LlmProvider.AzureOpenAI && (string.IsNullOrWhiteSpace(Endpoint) || string.IsNullOrWhiteSpace(ApiKey)))
            yield return new ValidationResult($"{SectionName}: Endpoint and ApiKey are required for Azure OpenAI.", [nameof(Endpoint)]);
        if (Provider == LlmProvider.OpenAI && string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
            yield return new ValidationResult($"{SectionName}: set Endpoint for an OpenAI-compatible server, or ApiKey for api.openai.com.", [nameof(Endpoint)]);
    }
}
