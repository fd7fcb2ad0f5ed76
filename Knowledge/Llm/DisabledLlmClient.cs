namespace SalesCoach.Knowledge.Llm;

/// <summary>Stands in when no LLM is configured, so callers need no null checks (eShop's CatalogAI IsEnabled idea).</summary>
public sealed class DisabledLlmClient : ILlmClient
{
    public bool IsEnabled => false;

    public Task<string?> CompleteJsonAsync(
        string systemPrompt, string userMessage, string jsonSchemaName, string jsonSchema, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);

    public Task<string?> CompleteAsync(string systemPrompt, string userMessage, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);
}
