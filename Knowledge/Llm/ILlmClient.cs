namespace SalesCoach.Knowledge.Llm;

/// <summary>
/// Our seam to a chat model. Callers never see Semantic Kernel types, and never see its exceptions:
/// null means "no usable answer, use your offline path".
/// </summary>
public interface ILlmClient
{
    /// <summary>False when no LLM is configured; calls then return null at once.</summary>
    bool IsEnabled { get; }

    /// <summary>The model's JSON answer, asked for against <paramref name="jsonSchema"/>; null on error or timeout.</summary>
    /// <remarks>The JSON is not validated here: the caller knows what a good answer is.</remarks>
    Task<string?> CompleteJsonAsync(
        string systemPrompt, string userMessage, string jsonSchemaName, string jsonSchema, CancellationToken cancellationToken = default);

    /// <summary>The model's plain-text answer; null on error or timeout.</summary>
    Task<string?> CompleteAsync(string systemPrompt, string userMessage, CancellationToken cancellationToken = default);
}
