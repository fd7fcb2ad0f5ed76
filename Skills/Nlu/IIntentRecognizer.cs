namespace SalesCoach.Skills.Nlu;

/// <summary>Turns a user's text into an intent and entities (offline rules, or an LLM when configured).</summary>
public interface IIntentRecognizer
{
    Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default);
}
