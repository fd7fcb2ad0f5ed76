using System.ComponentModel.DataAnnotations;

namespace SalesCoach.Knowledge.Llm;

/// <summary>The optional LLM (section "SalesCoach:Llm"). With <see cref="Provider"/> None the bot runs offline.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "SalesCoach:Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// OpenAI-compatible: the base URL including its version segment (e.g. http://localhost:11434/v1);
    /// empty means api.openai.com. Azure: the resource URL (https://NAME.openai.azure.com/).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>A secret: set it through user secrets, environment variables or a key vault, never in a committed file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model name (OpenAI-compatible) or the deployment name (Azure).</summary>
    public string? Model { get; set; }

    /// <summary>Bounds every call, so a slow model never holds up a reply: past it the offline path answers.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>0 by default: labelling and grounded answers should be repeatable, not creative.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; }

    public LlmStructuredOutput StructuredOutput { get; set; } = LlmStructuredOutput.JsonSchema;

    public bool IsEnabled => Provider != LlmProvider.None;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult(
                $"{SectionName}:Model is required when Provider is {Provider} (model or deployment name).", [nameof(Model)]);
        }

        if (!string.IsNullOrWhiteSpace(Endpoint) && !IsHttpUrl(Endpoint))
        {
            yield return new ValidationResult($"{SectionName}:Endpoint must be an absolute http(s) URL.", [nameof(Endpoint)]);
        }

        if (Provider == LlmProvider.AzureOpenAI)
        {
            if (string.IsNullOrWhiteSpace(Endpoint))
            {
                yield return new ValidationResult($"{SectionName}:Endpoint is required for Azure OpenAI.", [nameof(Endpoint)]);
            }

            if (string.IsNullOrWhiteSpace(ApiKey))
            {
                yield return new ValidationResult($"{SectionName}:ApiKey is required for Azure OpenAI.", [nameof(ApiKey)]);
            }
        }
        else if (string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
        {
            // api.openai.com without a key can only fail; a local server (Ollama) needs no key but an endpoint.
            yield return new ValidationResult(
                $"{SectionName}: set Endpoint for an OpenAI-compatible server, or ApiKey for api.openai.com.", [nameof(Endpoint)]);
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
