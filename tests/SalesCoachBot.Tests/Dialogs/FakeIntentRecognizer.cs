using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Dialogs;

/// <summary>
/// TEST DOUBLE. A lookup table from exact text to a hand-written NluResult, so the dialog engine is
/// tested on its own, independent of the real recogniser. Text not in the table is "none", unsure.
/// </summary>
public sealed class FakeIntentRecognizer : IIntentRecognizer
{
    private readonly Dictionary<string, NluResult> _table = new(StringComparer.Ordinal);

    /// <summary>A confident parse of <paramref name="text"/>; entity spans are located in the text.</summary>
    public FakeIntentRecognizer When(string text, string intent, params (string Name, string Text, object? Resolution)[] entities)
    {
        _table[text] = new NluResult(intent, 0.95, Spans(text, entities), true);
        return this;
    }

    /// <summary>A parse below the threshold: <paramref name="intent"/> is only the best guess, the alternatives follow.</summary>
    public FakeIntentRecognizer Unsure(string text, string intent, IReadOnlyList<string> alternatives, params (string Name, string Text, object? Resolution)[] entities)
    {
        _table[text] = new NluResult(intent, 0.4, Spans(text, entities), false, alternatives.Select((a, i) => (a, 0.3 - i * 0.05)).ToList());
        return this;
    }

    public Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_table.TryGetValue(text, out var result) ? result : new NluResult(Intents.None, 0.1, [], false));

    private static List<EntitySpan> Spans(string text, (string Name, string Text, object? Resolution)[] entities) =>
        entities.Select(e => new EntitySpan(e.Name, e.Text, Math.Max(0, text.IndexOf(e.Text, StringComparison.Ordinal)), e.Text.Length, e.Resolution)).ToList();
}
