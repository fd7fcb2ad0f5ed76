namespace SalesCoach.Knowledge.Llm;

/// <summary>
/// How JSON answers are requested. Not every OpenAI-compatible server implements json_schema,
/// so a deployment can step down without code changes; the caller validates the JSON either way.
/// </summary>
public enum LlmStructuredOutput
{
    /// <summary>response_format json_schema (strict): OpenAI, Azure OpenAI, recent Ollama and vLLM.</summary>
    JsonSchema,

    /// <summary>response_format json_object: valid JSON, shape asked for in the prompt only.</summary>
    JsonObject,

    /// <summary>No response_format at all: the prompt alone asks for JSON.</summary>
    PromptOnly,
}
