namespace SalesCoach.Knowledge.Llm;

/// <summary>Which kind of chat-completion service the bot talks to.</summary>
public enum LlmProvider
{
    /// <summary>No LLM: every feature uses its offline path.</summary>
    None,

    /// <summary>OpenAI itself or any OpenAI-compatible server (Ollama, vLLM, LM Studio ...) at <see cref="LlmOptions.Endpoint"/>.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource; <see cref="LlmOptions.Model"/> is the deployment name.</summary>
    AzureOpenAI,
}
