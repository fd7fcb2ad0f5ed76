namespace SalesCoach.Skills.Conversation;

/// <summary>
/// What the engine understood on one turn: the recognised intent, its confidence and entities, and the
/// form left running afterwards. Never sent to a channel; the scenario runner and logs read it.
/// </summary>
/// <param name="Intent">The recogniser's intent, or "command" / "card" when an exact command or a card submit answered.</param>
/// <param name="Entities">Entity type to the text (or normalised value) the recogniser found.</param>
/// <param name="OpenForm">The innermost form still waiting for an answer after the turn, if any.</param>
public sealed record TurnTrace(string Intent, double Confidence, IReadOnlyDictionary<string, string> Entities, string? OpenForm)
{
    /// <summary>The key under which the activity handler leaves the trace in the turn context's TurnState.</summary>
    public const string TurnStateKey = "SalesCoach.TurnTrace";

    public static TurnTrace Of(string intent) => new(intent, 1.0, new Dictionary<string, string>(), null);
}
