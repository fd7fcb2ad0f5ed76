using Microsoft.Extensions.Logging;
using SalesCoach.Knowledge.Llm;

namespace SalesCoach.Skills.Nlu.Llm;

/// <summary>
/// Recognises with an LLM when one is configured, and otherwise, or whenever its answer is missing,
/// late, unsure or fails validation, returns the offline recogniser's result unchanged.
/// </summary>
public sealed partial class LlmIntentRecognizer(
    ILlmClient llm, IIntentRecognizer fallback, ILogger<LlmIntentRecognizer> logger) : IIntentRecognizer
{
    /// <summary>Below this the model is unsure; the offline result (with its own threshold) decides instead.</summary>
    public const double MinimumConfidence = 0.5;

    public async Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default)
    {
        // The offline result is cheap (about a millisecond), needed for the fallback anyway, and carries
        // the resolutions (dates, amounts) that the model's spans do not.
        var offline = await fallback.RecognizeAsync(text, context, cancellationToken).ConfigureAwait(false);
        if (!llm.IsEnabled || string.IsNullOrWhiteSpace(text))
        {
            return offline;
        }

        var json = await llm.CompleteJsonAsync(
            LlmNluPrompt.SystemPrompt, LlmNluPrompt.BuildUserMessage(text, context), LlmNluPrompt.SchemaName, LlmNluPrompt.Schema,
            cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            LogNoAnswer(offline.Intent);
            return offline;
        }

        if (!LlmNluAnswer.TryParse(json, text, out var answer, out var problem))
        {
            // The problem, not the answer: the answer may quote the user's text, which stays out of logs.
            LogRejected(problem, offline.Intent);
            return offline;
        }

        if (answer!.Intent == Intents.None || answer.Confidence < MinimumConfidence)
        {
            LogUnsure(answer.Intent, answer.Confidence, offline.Intent);
            return offline;
        }

        LogAccepted(answer.Intent, answer.Confidence, answer.Entities.Count, offline.Intent);
        return new NluResult(
            answer.Intent, answer.Confidence, EntityMerger.Merge(answer.Entities, offline.Entities), IsConfident: true,
            Alternatives(offline, answer.Intent));
    }

    /// <summary>The offline ranking minus the chosen intent, for a clarifying question later in the turn.</summary>
    private static IReadOnlyList<(string Intent, double Confidence)> Alternatives(NluResult offline, string chosen) =>
        [.. new[] { (offline.Intent, offline.Confidence) }
            .Concat(offline.Alternatives ?? [])
            .Where(a => a.Intent != chosen && a.Intent != Intents.None)
            .DistinctBy(a => a.Intent)];

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM gave no NLU answer; offline intent {OfflineIntent} used")]
    private partial void LogNoAnswer(string offlineIntent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM NLU answer rejected ({Problem}); offline intent {OfflineIntent} used")]
    private partial void LogRejected(string problem, string offlineIntent);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "LLM unsure ({Intent} at {Confidence:F2}); offline intent {OfflineIntent} used")]
    private partial void LogUnsure(string intent, double confidence, string offlineIntent);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "LLM intent {Intent} at {Confidence:F2} with {EntityCount} entities (offline said {OfflineIntent})")]
    private partial void LogAccepted(string intent, double confidence, int entityCount, string offlineIntent);
}
