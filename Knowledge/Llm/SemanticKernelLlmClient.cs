using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace SalesCoach.Knowledge.Llm;

/// <summary>
/// <see cref="ILlmClient"/> on a Semantic Kernel chat service. Every call is bounded by
/// <see cref="LlmOptions.TimeoutSeconds"/>; failures are logged and come back as null so that
/// callers fall back to their offline path. Only the caller's own cancellation propagates.
/// </summary>
internal sealed partial class SemanticKernelLlmClient(
    IChatCompletionService chat, LlmOptions options, ILogger<SemanticKernelLlmClient> logger) : ILlmClient
{
    public bool IsEnabled => true;

    public Task<string?> CompleteJsonAsync(
        string systemPrompt, string userMessage, string jsonSchemaName, string jsonSchema, CancellationToken cancellationToken = default)
    {
        var settings = new OpenAIPromptExecutionSettings { Temperature = options.Temperature };
        settings.ResponseFormat = options.StructuredOutput switch
        {
            LlmStructuredOutput.JsonSchema => ChatResponseFormat.CreateJsonSchemaFormat(
                jsonSchemaName, BinaryData.FromString(jsonSchema), jsonSchemaIsStrict: true),
            LlmStructuredOutput.JsonObject => ChatResponseFormat.CreateJsonObjectFormat(),
            _ => null,
        };
        return CompleteCoreAsync(systemPrompt, userMessage, settings, jsonSchemaName, cancellationToken);
    }

    public Task<string?> CompleteAsync(string systemPrompt, string userMessage, CancellationToken cancellationToken = default) =>
        CompleteCoreAsync(
            systemPrompt, userMessage, new OpenAIPromptExecutionSettings { Temperature = options.Temperature }, "text", cancellationToken);

    private async Task<string?> CompleteCoreAsync(
        string systemPrompt, string userMessage, OpenAIPromptExecutionSettings settings, string purpose, CancellationToken cancellationToken)
    {
        // System and user turns stay separate messages: callers rely on that to keep user text out of the instructions.
        var history = new ChatHistory();
        history.AddSystemMessage(systemPrompt);
        history.AddUserMessage(userMessage);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel: null, timeout.Token).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (string.IsNullOrWhiteSpace(reply.Content))
            {
                LogEmpty(purpose, elapsed);
                return null;
            }

            LogCompleted(purpose, elapsed);
            return reply.Content;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (timeout.IsCancellationRequested)
            {
                LogTimedOut(purpose, options.TimeoutSeconds);
            }
            else
            {
                LogFailed(ex, purpose, elapsed);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "LLM {Purpose} answer in {ElapsedMs:F0} ms")]
    private partial void LogCompleted(string purpose, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM {Purpose} answer was empty after {ElapsedMs:F0} ms")]
    private partial void LogEmpty(string purpose, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM {Purpose} call timed out after {TimeoutSeconds} s; the offline path answers")]
    private partial void LogTimedOut(string purpose, int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM {Purpose} call failed after {ElapsedMs:F0} ms; the offline path answers")]
    private partial void LogFailed(Exception exception, string purpose, double elapsedMs);
}
